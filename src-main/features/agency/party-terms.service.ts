/**
 * Terms (nhiệm kỳ) of a Party body: numbering of its documents restarts at 01 in each term
 * (36-HD/VPTW II.1.3.1.a). Invariants: terms never overlap (at most one is open, and it is the
 * latest); a term is never shortened past a number already given in it; every change is audited
 * in the same transaction, so a refusal writes nothing.
 */
import type { PartyTerm, TermRef } from '../../../src-shared/contracts/agency.contract';
import { foldVietnamese, formatDdMmYyyy, toVnIso, vnDate } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';

interface TermRow {
  id: number;
  name: string;
  start_date: string;
  end_date: string | null;
}

/** Names compared as a clerk types them: folded, any dash as "-", spaces collapsed ("2020-2025" = "2020–2025"). */
const nameKey = (s: string) =>
  foldVietnamese(s)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const toTerm = (r: TermRow): PartyTerm => ({ id: r.id, name: r.name, startDate: r.start_date, endDate: r.end_date });
const shown = (d: string | null) => (d ? formatDdMmYyyy(d) : 'nay');

export function createPartyTermsService(deps: { sqlite: Sqlite; audit: AuditService; clock: Clock }) {
  const { sqlite } = deps;
  const all = (): TermRow[] =>
    sqlite.prepare('SELECT id, name, start_date, end_date FROM party_term ORDER BY start_date').all() as TermRow[];

  function overlapping(start: string, end: string | null, exceptId?: number): TermRow | undefined {
    return all().find((t) => t.id !== exceptId && t.start_date <= (end ?? '9999-12-31') && start <= (t.end_date ?? '9999-12-31'));
  }

  function refuseOverlap(name: string, start: string, end: string | null, other: TermRow): never {
    throw appError(
      'agency.termOverlap',
      { name, from: shown(start), to: shown(end), other: other.name, otherFrom: shown(other.start_date), otherTo: shown(other.end_date) },
      { field: 'startDate', overlapsWith: other.id },
    );
  }

  return {
    list(): PartyTerm[] {
      return all().map(toTerm);
    },

    /**
     * The term a clerk named where a year is accepted (by id or by name through foldVietnamese),
     * with its period: from its start to its end, or to today while it is open. Refused for a
     * State agency (it numbers by year) and for an unknown term (the known ones are listed).
     */
    resolve(ref: TermRef, system: 'state' | 'party' | undefined): { term: PartyTerm; from: string; to: string } {
      if (system !== 'party') {
        throw appError('agency.termStateAgency', undefined, { field: 'Term' });
      }
      const rows = all();
      const key = typeof ref === 'string' ? nameKey(ref) : '';
      const row =
        typeof ref === 'number'
          ? rows.find((t) => t.id === ref)
          : (rows.find((t) => String(t.id) === ref) ?? rows.find((t) => nameKey(t.name) === key));
      if (!row) {
        const known = rows.map((t) => `${t.id} — ${t.name}`).join('; ');
        throw known
          ? appError('agency.termNotFound', { ref, known }, { field: 'Term' })
          : appError('agency.termNotFoundNone', { ref }, { field: 'Term' });
      }
      const today = vnDate(deps.clock.now());
      const to = row.end_date ?? (today < row.start_date ? row.start_date : today);
      return { term: toTerm(row), from: row.start_date, to };
    },

    /** The term containing a date ("YYYY-MM-DD"), if any. */
    at(date: string): PartyTerm | undefined {
      const r = all().find((t) => t.start_date <= date && (t.end_date === null || date <= t.end_date));
      return r ? toTerm(r) : undefined;
    },

    add(input: { name: string; startDate: string; endDate: string | null }, actor: string): PartyTerm {
      return sqlite
        .transaction(() => {
          if (input.endDate !== null && input.endDate < input.startDate) {
            throw appError('agency.termEndBeforeStart', { end: shown(input.endDate), start: shown(input.startDate) }, { field: 'endDate' });
          }
          const other = overlapping(input.startDate, input.endDate);
          if (other) refuseOverlap(input.name, input.startDate, input.endDate, other);
          const at = toVnIso(deps.clock.now());
          const id = Number(
            sqlite
              .prepare('INSERT INTO party_term (name, start_date, end_date, created_at) VALUES (?, ?, ?, ?)')
              .run(input.name, input.startDate, input.endDate, at).lastInsertRowid,
          );
          deps.audit.append({ actor, action: 'agency.termAdded', entityType: 'party_term', entityId: String(id), data: { ...input } });
          return { id, ...input };
        })
        .immediate();
    },

    end(id: number, endDate: string, actor: string): PartyTerm {
      return sqlite
        .transaction(() => {
          const term = all().find((t) => t.id === id);
          if (!term) throw appError('agency.termIdNotFound', { id }, { id });
          if (endDate < term.start_date) {
            throw appError(
              'agency.termEndBeforeStartOf',
              { end: shown(endDate), name: term.name, start: shown(term.start_date) },
              { field: 'endDate' },
            );
          }
          const other = overlapping(term.start_date, endDate, id);
          if (other) refuseOverlap(term.name, term.start_date, endDate, other);
          const last = sqlite
            .prepare(`SELECT MAX(reg_date) AS d FROM register_entry WHERE direction = 'di' AND series LIKE ?`)
            .get(`%@k${id}`) as { d: string | null };
          if (last.d && last.d > endDate) {
            throw appError(
              'agency.termNumberedAfterEnd',
              { name: term.name, date: shown(last.d), end: shown(endDate) },
              { field: 'endDate' },
            );
          }
          sqlite.prepare('UPDATE party_term SET end_date = ? WHERE id = ?').run(endDate, id);
          deps.audit.append({
            actor,
            action: 'agency.termEnded',
            entityType: 'party_term',
            entityId: String(id),
            data: { from: term.end_date, to: endDate },
          });
          return toTerm({ ...term, end_date: endDate });
        })
        .immediate();
    },
  };
}

export type PartyTermsService = ReturnType<typeof createPartyTermsService>;
