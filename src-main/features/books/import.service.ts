/**
 * Import of an existing register (.xlsx / .csv) into the register.
 * Invariants: all rows or none (unless SkipBadRows); a row keeps its number, and a number already
 * in the register or twice in the file is refused by name; the rows are written by the register
 * service (`importEntries`: row, search index, sender autocomplete, audit entry, event) in ONE
 * write transaction — the register then continues after the highest number (its numbering is
 * MAX(number) + 1 per series and year, so imported numbers need no other hook).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import {
  MAX_IMPORT_BYTES,
  type booksImport,
  type booksImportPreview,
  type ImportPreview,
  type RejectedRow,
} from '../../../src-shared/contracts/books-import.contract';
import type { RegisterSettings } from '../../../src-shared/contracts/register-settings.contract';
import type { ParsedInputOf } from '../../../src-shared/rpc/define';
import { vnDate } from '../../../src-shared/domain';
import type { KeyedText } from '../../../src-shared/rpc/error-texts/fill';
import { appError, keyedText, rowListError, type ErrorParams } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { EventBus } from '../../rpc/events';
import { soKyHieuOf } from '../register/register-mapper';
import type { RegisterRepo } from '../register/register.repo';
import type { RegisterService } from '../register/register.service';
import { mapSheet } from './spreadsheet/mapping';
import type { DocumentKind } from '../register/document-kind';
import { prepareRow, type PreparedRow } from './spreadsheet/import-rows';
import { readSpreadsheet } from './spreadsheet/read-sheet';

type PreviewInput = ParsedInputOf<typeof booksImportPreview>;
type ImportInput = ParsedInputOf<typeof booksImport>;
type ImportOutput = z.output<(typeof booksImport)['output']>;

const MAX_LISTED = 500;

export interface ImportDeps {
  /** Read side: numbers already given and the highest of a series. */
  registerRepo: Pick<RegisterRepo, 'maxNumber' | 'numbersIn'>;
  /** The one write path into the register (numbering checks, index, audit, events). */
  register: Pick<RegisterService, 'importEntries'>;
  settings: () => RegisterSettings;
  agency: () => AgencyProfile | null;
  /** The agency's own active types (agency.addType), resolved like the built-in ones. */
  customKinds?: (() => readonly DocumentKind[]) | undefined;
  clock: Clock;
  logger: Logger;
  events?: EventBus | undefined;
}

function readSource(input: PreviewInput): { bytes: Uint8Array; fileName: string } {
  if (input.Path !== undefined) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input.Path);
    } catch {
      throw appError('books.fileNotFound', { path: input.Path }, { field: 'Path' });
    }
    if (!stat.isFile()) throw appError('books.notAFile', { path: input.Path }, { field: 'Path' });
    if (stat.size > MAX_IMPORT_BYTES)
      throw appError('books.fileTooBig', { size: Math.round(stat.size / 1048576), max: MAX_IMPORT_BYTES / 1048576 }, { field: 'Path' });
    return { bytes: fs.readFileSync(input.Path), fileName: path.basename(input.Path) };
  }
  const clean = input.DataBase64!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw appError('books.notBase64', undefined, { field: 'DataBase64' });
  return { bytes: Buffer.from(clean, 'base64'), fileName: input.FileName! };
}

function rejectedRow(row: number, reasons: KeyedText[]): RejectedRow {
  return { Row: row, Reasons: reasons.map((r) => r.message), Keyed: reasons };
}

interface Analysis {
  preview: ImportPreview;
  accepted: PreparedRow[];
  rejected: RejectedRow[];
}

export function createImportService(deps: ImportDeps) {
  async function analyse(input: PreviewInput): Promise<Analysis> {
    const agency = deps.agency();
    if (!agency) throw appError('books.noAgencyForImport');
    const { bytes, fileName } = readSource(input);
    const sheet = await readSpreadsheet(bytes, fileName, input.Mapping?.Sheet);
    const mapped = mapSheet(sheet, input.Direction, input.Mapping ?? {});
    const ctx = {
      direction: input.Direction,
      today: vnDate(deps.clock.now()),
      agencyName: agency.name,
      settings: deps.settings(),
      customKinds: deps.customKinds?.() ?? [],
    };

    const accepted: PreparedRow[] = [];
    const rejected: RejectedRow[] = [];
    const seen = new Map<string, number>();
    const existing = new Map<string, Set<number>>();
    const guessed = { subject: 0, notation: 0, default: 0 };
    for (const r of mapped.rows) {
      const p = prepareRow(r.values, r.row, ctx);
      if ('reasons' in p) {
        rejected.push(rejectedRow(p.row, p.reasons));
        continue;
      }
      const key = `${p.year}|${p.series}|${p.number}`;
      const incoming = input.Direction === 'den';
      const which: ErrorParams = incoming
        ? { number: p.number, year: p.year }
        : { code: p.fields.code_number ?? '', series: p.series, year: p.year };
      const reasons: KeyedText[] = [];
      const first = seen.get(key);
      if (first !== undefined)
        reasons.push(keyedText(incoming ? 'booksRow.duplicateIncoming' : 'booksRow.duplicateOutgoing', { ...which, first }));
      const setKey = `${p.year}|${p.series}`;
      let taken = existing.get(setKey);
      if (!taken) existing.set(setKey, (taken = deps.registerRepo.numbersIn(input.Direction, p.year, p.series)));
      if (taken.has(p.number)) reasons.push(keyedText(incoming ? 'booksRow.takenIncoming' : 'booksRow.takenOutgoing', which));
      if (reasons.length > 0) {
        rejected.push(rejectedRow(p.row, reasons));
        continue;
      }
      seen.set(key, p.row);
      if (p.typeGuessed) guessed[p.typeGuessed]++;
      accepted.push(p);
    }

    const continues = new Map<string, { Year: number; Series: string; Highest: number }>();
    for (const p of accepted) {
      const k = `${p.year}|${p.series}`;
      const c = continues.get(k) ?? {
        Year: p.year,
        Series: p.series,
        Highest: deps.registerRepo.maxNumber(input.Direction, p.year, p.series),
      };
      c.Highest = Math.max(c.Highest, p.number);
      continues.set(k, c);
    }
    const warnings: KeyedText[] = [];
    if (mapped.skippedNumberRow) warnings.push(keyedText('books.importNumberRowSkipped'));
    if (guessed.subject + guessed.notation > 0)
      warnings.push(keyedText('books.importTypeInferred', { count: guessed.subject + guessed.notation }));
    if (guessed.default > 0) warnings.push(keyedText('books.importTypeDefaulted', { count: guessed.default }));
    for (const c of continues.values()) {
      const nums = accepted.filter((p) => p.year === c.Year && p.series === c.Series).map((p) => p.number);
      const gaps = nums.length > 0 ? Math.max(...nums) - Math.min(...nums) + 1 - nums.length : 0;
      if (gaps > 0)
        warnings.push(
          keyedText(c.Series === 'den' ? 'books.importGap' : 'books.importGapInSeries', { year: c.Year, gaps, series: c.Series }),
        );
    }

    rejected.sort((a, b) => a.Row - b.Row);
    const preview: ImportPreview = {
      FileName: fileName,
      Format: sheet.format,
      Sheet: sheet.name,
      HeaderRow: mapped.headerRow,
      Columns: mapped.columns.map((c) => ({ Index: c.index + 1, Letter: c.letter, Header: c.header, Field: c.field })),
      Encoding: { Detected: mapped.encoding.detected, ConvertedCells: mapped.encoding.converted, ByEncoding: mapped.encoding.byEncoding },
      DataRows: mapped.rows.length,
      Accepted: accepted.length,
      Rejected: rejected.slice(0, MAX_LISTED),
      RejectedCount: rejected.length,
      Preview: accepted.slice(0, 20).map((p) => ({
        Row: p.row,
        Values: {
          Number: p.fields.direction === 'den' ? String(p.number) : p.fields.code_number,
          ArrivalDate: p.fields.arrival_date,
          SoKyHieu: soKyHieuOf(p.fields),
          IssuedDate: p.fields.issued_date,
          OrganName: p.fields.organ_name,
          TypeName: p.fields.type_name,
          Subject: p.fields.subject,
          ToPlaces: p.fields.to_places,
          Recipients: p.fields.recipients
            ? (JSON.parse(p.fields.recipients) as { OrganName: string }[]).map((r) => r.OrganName).join('; ')
            : null,
          Signer: p.fields.signer_full_name,
          Priority: p.fields.urgency,
          Medium: p.fields.medium,
        },
      })),
      Warnings: warnings.map((w) => w.message),
      KeyedWarnings: warnings,
      Continues: [...continues.values()]
        .map((c) => ({ ...c, Next: c.Highest + 1 }))
        .sort((a, b) => a.Year - b.Year || a.Series.localeCompare(b.Series)),
    };
    return { preview, accepted, rejected };
  }

  return {
    async preview(input: PreviewInput): Promise<ImportPreview> {
      return (await analyse(input)).preview;
    },

    async import(input: ImportInput, actor: string): Promise<ImportOutput> {
      const { preview, accepted, rejected } = await analyse(input);
      if (rejected.length > 0 && !input.SkipBadRows) {
        const list = {
          param: 'rows',
          prefix: 'common.rowRefusedInList',
          separator: '; ',
          items: rejected.slice(0, 5).map((r) => ({ row: r.Row, reasons: r.Keyed })),
          more: rejected.length > 5,
        };
        throw rowListError('books.importRejected', { file: preview.FileName, count: rejected.length, accepted: accepted.length }, list, {
          rejected: rejected.slice(0, MAX_LISTED),
          rejectedCount: rejected.length,
          accepted: accepted.length,
        });
      }
      if (accepted.length === 0) throw appError('books.importNothing', { file: preview.FileName }, { rejectedCount: rejected.length });
      deps.register.importEntries(
        accepted.map((p) => ({ fields: p.fields, origin: { Source: preview.FileName, Row: p.row } })),
        actor,
        {
          summary: {
            action: 'books.imported',
            entityType: 'import',
            entityId: newId(),
            data: {
              Direction: input.Direction,
              FileName: preview.FileName,
              Imported: accepted.length,
              Rejected: rejected.length,
              Encoding: preview.Encoding.Detected,
            },
          },
          onProgress: (done, total) => deps.events?.emit('books.progressed', { task: 'import', done, total }),
        },
      );
      deps.logger.info('register imported', {
        direction: input.Direction,
        rows: accepted.length,
        rejected: rejected.length,
        file: preview.FileName,
      });
      return { ...preview, Imported: accepted.length };
    },
  };
}
