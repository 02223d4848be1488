/**
 * The books feature as one service: printing and locking (book-print.service), the list of
 * volumes and pending amendments, reports (data and PDF), export and import. Composition only;
 * each part keeps its own invariants (see the files it delegates to).
 */
import type { z } from 'zod';
import type { AgencyProfile, TermRef } from '../../../src-shared/contracts/agency.contract';
import type { booksExport, booksVolumes, ReportPeriod } from '../../../src-shared/contracts/books.contract';
import type { Direction } from '../../../src-shared/contracts/register.contract';
import type { ParsedInputOf } from '../../../src-shared/rpc/define';
import { toVnIso, vnYear } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import { toEntry } from '../register/register-mapper';
import type { RegisterRepo } from '../register/register.repo';
import type { RegisterService } from '../register/register.service';
import type { RegisterSettings } from '../../../src-shared/contracts/register-settings.contract';
import { amendmentNote, detectAmendments } from './amendments';
import { createBookPrintService, toVolume, type BookPrintDeps } from './book-print.service';
import type { DocumentKind } from '../register/document-kind';
import { createImportService } from './import.service';
import { MEDIA } from './output-store';
import { renderReport } from './pdf/report-pdf';
import { createReportsService } from './reports.service';
import { sheetColumns } from './spreadsheet/columns';
import { toCsv, toXlsx } from './spreadsheet/export';

/** What printing needs (book-print.service.ts), plus the register's numbers, import and settings. */
export interface BooksDeps extends Omit<BookPrintDeps, 'registerRepo'> {
  /** The register: read through its repos, written through its service only. */
  registerRepo: Pick<RegisterRepo, 'maxNumber' | 'numbersIn'>;
  register: Pick<RegisterService, 'importEntries'>;
  settings: () => RegisterSettings;
  /** The agency's own active types, for the spreadsheet import. */
  customKinds?: (() => readonly DocumentKind[]) | undefined;
}

type VolumesOutput = z.output<(typeof booksVolumes)['output']>;

export function createBooksService(deps: BooksDeps) {
  const printer = createBookPrintService(deps);
  const importer = createImportService(deps);
  const reports = createReportsService({ ranges: deps.ranges, term: deps.term });

  function requireAgency(): AgencyProfile {
    const a = deps.agency();
    if (!a) throw appError('books.noAgencyProfile');
    return a;
  }

  return {
    print: printer.print,

    volumes(direction?: Direction, year?: number, termRef?: TermRef): VolumesOutput {
      const term = termRef === undefined ? null : deps.term(termRef);
      const now = deps.clock.now();
      // Recording what changed since the last lock is a fact worth keeping even when only looking.
      deps.sqlite
        .transaction(() => {
          for (const d of direction ? [direction] : (['den', 'di'] as const))
            detectAmendments(deps.repo, deps.volumes, deps.audit, d, toVnIso(now));
        })
        .immediate();
      const y = year ?? vnYear(now);
      return {
        items: deps.volumes
          .list('register', direction, year)
          // A term's volumes: those whose dates lie inside it.
          .filter((v) => !term || (v.date_from !== null && v.date_to !== null && v.date_from >= term.from && v.date_to <= term.to))
          .map(toVolume),
        pending: deps.repo.pendingAmendments(direction).map((a) => ({
          id: a.id,
          EntryId: a.entry_id,
          Kind: a.kind,
          VolumeNo: a.volume_no,
          VolumeId: a.volume_id,
          Year: a.volume_year,
          Number: a.number,
          Summary: amendmentNote(a),
          DetectedAt: a.detected_at,
          ReportedInVolumeNo: null,
        })),
        next: {
          den: deps.volumes.maxNo({ book: 'register', direction: 'den' }, y) + 1,
          di: deps.volumes.maxNo({ book: 'register', direction: 'di' }, y) + 1,
          Year: y,
        },
      };
    },

    report: (p: ReportPeriod) => reports.report(p),

    async reportPdf(p: ReportPeriod) {
      const agency = requireAgency();
      const report = reports.report(p);
      const { bytes, pages } = await renderReport(report, agency, await deps.fonts.preferred(), toVnIso(deps.clock.now()));
      const file = await deps.output.put(bytes, MEDIA.pdf, `bao-cao-${report.From}-${report.To}.pdf`, pages);
      return { File: file, Pages: pages, Report: report };
    },

    async export(input: ParsedInputOf<typeof booksExport>) {
      const agency = requireAgency();
      const columns = sheetColumns(input.Direction);
      const t = input.Term === undefined ? null : deps.term(input.Term);
      const range = t
        ? { direction: input.Direction, termId: t.term.id, dateFrom: t.from, dateTo: t.to }
        : { direction: input.Direction, year: input.Year };
      const entries = function* () {
        for (const row of deps.ranges.entries(range)) yield toEntry(row);
      };
      const word = input.Direction === 'den' ? 'den' : 'di';
      const period = t ? `nhiem-ky-${t.term.id}` : String(input.Year);
      const fileName = `so-${word}-${period}.${input.Format}`;
      const out =
        input.Format === 'csv'
          ? toCsv(columns, entries())
          : await toXlsx(columns, entries(), {
              sheetName: `So ${word} ${t ? `nhiem ky ${t.term.id}` : input.Year}`,
              title: `Sổ đăng ký văn bản ${input.Direction === 'den' ? 'đến' : 'đi'} ${t ? `nhiệm kỳ ${t.term.name}` : `năm ${input.Year}`} — ${agency.name}`,
              created: deps.clock.now(),
            });
      const file = await deps.output.put(out.bytes, MEDIA[input.Format], fileName);
      deps.logger.info('register exported', { direction: input.Direction, period, format: input.Format, rows: out.rows });
      return { File: file, Rows: out.rows };
    },

    importPreview: importer.preview,
    import: importer.import,
  };
}

export type BooksService = ReturnType<typeof createBooksService>;
