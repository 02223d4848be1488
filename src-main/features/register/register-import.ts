/**
 * Import of entries from an older register (a spreadsheet kept before this system): the one way
 * such rows enter the register besides registration itself. The caller (books import) has already
 * read, converted and checked the rows; here they are written like registered entries — row,
 * search index, sender/recipient autocomplete, an audit entry each — in ONE BEGIN IMMEDIATE
 * transaction, and each is announced with `register.entryRegistered` after the commit.
 * Invariant: an imported row keeps its number; a number already given in its series and year is
 * refused (nothing written), and numbering then continues after MAX(number) as everywhere else.
 */
import { foldVietnamese, toVnIso } from '../../../src-shared/domain';
import { AppError, appError } from '../../../src-shared/rpc/errors';
import { newId } from '../../core/ids';
import type { AuditEvent } from '../audit/audit.service';
import { soKyHieuOf } from './register-mapper';
import type { RegisterDeps } from './register.service';
import type { NewEntryRow } from './register.repo';

/** One row to import: every column but identity and registration stamp. */
export interface ImportedEntry {
  fields: Omit<NewEntryRow, 'id' | 'registered_at' | 'registered_by'>;
  /** Where it came from, recorded in its audit entry (e.g. { Source: file name, Row: 12 }). */
  origin: Record<string, unknown>;
}

export interface ImportOptions {
  /** One more audit entry describing the whole import, written in the same transaction. */
  summary?: Omit<AuditEvent, 'actor'>;
  /** Called every `progressEvery` rows (inside the transaction). */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export interface ImportHelpers {
  entity: string;
  ftsHeadOf: (row: NewEntryRow) => string;
  translate: (err: unknown) => never;
}

export function createRegisterImport(deps: RegisterDeps, { entity, ftsHeadOf, translate }: ImportHelpers) {
  const { repo, audit } = deps;

  return function importEntries(entries: readonly ImportedEntry[], actor: string, opts: ImportOptions = {}): { ids: string[] } {
    const every = opts.progressEvery ?? 1000;
    const written: { id: string; direction: 'den' | 'di'; year: number; number: number }[] = [];
    try {
      deps.sqlite
        .transaction(() => {
          const at = toVnIso(deps.clock.now());
          const taken = new Map<string, Set<number>>();
          entries.forEach((e, i) => {
            const f = e.fields;
            const key = `${f.direction}|${f.year}|${f.series}`;
            let set = taken.get(key);
            if (!set) taken.set(key, (set = repo.numbersIn(f.direction, f.year, f.series)));
            if (set.has(f.number)) {
              throw appError(
                'register.importNumberTaken',
                { number: f.number, series: f.series, year: f.year },
                {
                  ...e.origin,
                  Number: f.number,
                },
              );
            }
            set.add(f.number);
            const row: NewEntryRow = { ...f, id: newId(), registered_at: at, registered_by: actor };
            const seq = repo.insert(row);
            repo.ftsInsert(seq, ftsHeadOf(row), '');
            if (row.direction === 'den') repo.touchOrganName(row.organ_key, row.organ_name, at);
            else
              for (const r of row.recipients ? (JSON.parse(row.recipients) as { OrganName: string }[]) : [])
                repo.touchOrganName(foldVietnamese(r.OrganName), r.OrganName, at);
            audit.append({
              actor,
              action: 'register.imported',
              entityType: entity,
              entityId: row.id,
              data: {
                Direction: row.direction,
                Year: row.year,
                Series: row.series,
                Number: row.number,
                SoKyHieu: soKyHieuOf(row),
                Subject: row.subject,
                ...e.origin,
              },
            });
            written.push({ id: row.id, direction: row.direction, year: row.year, number: row.number });
            if (i % every === every - 1) opts.onProgress?.(i + 1, entries.length);
          });
          if (opts.summary) audit.append({ ...opts.summary, actor });
        })
        .immediate();
    } catch (err) {
      if (err instanceof AppError) throw err;
      translate(err);
    }
    deps.logger.info('entries imported', { rows: written.length });
    for (const w of written)
      deps.events?.emit('register.entryRegistered', { id: w.id, Direction: w.direction, Year: w.year, Number: w.number });
    return { ids: written.map((w) => w.id) };
  };
}
