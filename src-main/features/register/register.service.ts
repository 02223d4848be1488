import type { AgencyProfile, PartyTerm } from '../../../src-shared/contracts/agency.contract';
import type { DocumentKind } from '../../../src-shared/domain';
import {
  CorrectionChangesSchema,
  type DuplicateMatch,
  type IncomingRecord,
  type OutgoingRecord,
  type RegisterEntry,
  type RegisterWarning,
} from '../../../src-shared/contracts/register.contract';
import type { RegisterSettings } from '../../../src-shared/contracts/register-settings.contract';
import {
  foldVietnamese,
  formatCodeNumber,
  formatDdMmYyyy,
  isStateSecret,
  toVnIso,
  vnDate,
  vnYear,
  type Confidentiality,
} from '../../../src-shared/domain';
import { AppError, appError, fieldAppError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import type { AuditService } from '../audit/audit.service';
import { applyCorrection } from './register-correct';
import { createRegisterImport } from './register-import';
import { toDuplicateMatch, toEntry, soKyHieuOf } from './register-mapper';
import { prepareIncoming, prepareOutgoing, type Prepared } from './register-input';
import type { SettingSlot } from '../settings/settings-store';
import type { EntryRow, NewEntryRow, RegisterRepo } from './register.repo';
import { indexText } from './search-query';

export interface RegisterDeps {
  sqlite: Sqlite;
  repo: RegisterRepo;
  settings: SettingSlot<RegisterSettings>;
  audit: AuditService;
  /** Page count and text layer of a stored file, or undefined when the store has no such file. */
  fileFacts: (sha256: string) => { pageCount: number | null; text: string } | undefined;
  agency: () => AgencyProfile | null;
  /** The Party term (nhiệm kỳ) containing a date, for a Party body's numbering. */
  termAt?: (date: string) => PartyTerm | undefined;
  /** The agency's own active document types (agency.addType), resolved after the built-ins. */
  customKinds?: () => DocumentKind[];
  /** The exchange's recall of an entry (thu hồi), if any: a recalled outgoing entry is frozen. */
  recallOf?: (entryId: string) => { reason: string; at: string } | undefined;
  clock: Clock;
  logger: Logger;
  events?: EventBus;
}

export const ENTITY = 'register_entry';

/** Folded index text of an entry: every field a clerk may search by, then the PDF text. */
export function ftsHeadOf(row: Omit<EntryRow, 'seq'>): string {
  // A mật entry is findable by its number, type and issuer only: its trích yếu, notes and text stay
  // out of the search index (vanthu-rules §3.2; the state-secret register is not searched by content).
  if (isStateSecret(row.confidentiality as Confidentiality)) return indexText([soKyHieuOf(row), row.type_name, row.organ_name]);
  const recipients = row.recipients ? (JSON.parse(row.recipients) as { OrganName: string }[]).map((r) => r.OrganName) : [];
  return indexText([
    soKyHieuOf(row),
    row.type_name,
    row.organ_name,
    row.subject,
    row.signer_position,
    row.signer_full_name,
    row.to_places,
    ...recipients,
    row.archive_keeper,
    row.description,
    row.document_id,
    row.trace_header_list,
    row.cancel_reason,
  ]);
}

/** Folded index text of an entry's file; none for a mật entry. */
function ftsBodyOf(row: Pick<EntryRow, 'confidentiality'>, text: string): string {
  return isStateSecret(row.confidentiality as Confidentiality) ? '' : indexText([text]);
}

/** SQLite's own refusals, turned into errors the clerk can act on. */
export function translateSqliteError(err: unknown): never {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    throw appError('register.busy', undefined, {
      sqliteCode: code,
    });
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw appError('register.numberTaken', undefined, { sqliteCode: code });
  }
  throw err;
}

/**
 * Registration, cancellation, correction and viewing of register entries.
 * Invariants: every write runs in ONE BEGIN IMMEDIATE transaction that validates, checks
 * duplicates, takes MAX(number)+1 of its series, inserts the row, its FTS entry and its audit
 * entry — so two processes on one data folder queue on the lock and can produce neither a duplicate
 * nor a gap, and a refusal leaves no trace. "Now" (hence the year) is read inside that transaction.
 */
export function createRegisterService(deps: RegisterDeps) {
  const { repo, audit } = deps;

  /**
   * The attached file must already be in the store. Its page count fills PageAmount when the
   * clerk left it empty (Phụ lục VI.III.1.g: field 10 is filled by the System).
   */
  function requireFile(p: Prepared): string {
    const sha = p.fields.file_sha256;
    if (!sha) return '';
    const facts = deps.fileFacts(sha);
    if (facts === undefined) {
      throw fieldAppError('FileSha256', 'register.fileNotStored', { file: sha.slice(0, 12) });
    }
    p.fields.page_amount ??= facts.pageCount;
    return facts.text;
  }

  function findDuplicates(
    direction: 'den' | 'di' | undefined,
    keys: { documentId: string | null; dupKey: string | null; fileSha256: string | null },
  ): DuplicateMatch[] {
    return repo.duplicates(direction, keys).map((row) => {
      const reasons: DuplicateMatch['reasons'] = [];
      if (keys.documentId && row.document_id === keys.documentId) reasons.push('DocumentId');
      if (keys.dupKey && row.dup_key === keys.dupKey) reasons.push('SoKyHieuOrgan');
      if (keys.fileSha256 && row.file_sha256 === keys.fileSha256) reasons.push('File');
      return toDuplicateMatch(row, reasons);
    });
  }

  function duplicateError(matches: DuplicateMatch[]): AppError {
    const first = matches[0]!;
    const params = { year: first.Year, subject: first.Subject.slice(0, 80) };
    const others = matches.length - 1;
    if (first.Direction === 'den') {
      const p = { ...params, number: first.Number };
      return others > 0
        ? appError('register.possibleDuplicateIncomingMany', { ...p, others }, { matches })
        : appError('register.possibleDuplicateIncoming', p, { matches });
    }
    const p = { ...params, number: first.SoKyHieu ?? first.Number };
    return others > 0
      ? appError('register.possibleDuplicateOutgoingMany', { ...p, others }, { matches })
      : appError('register.possibleDuplicateOutgoing', p, { matches });
  }

  function prepare(direction: 'den' | 'di', rec: IncomingRecord | OutgoingRecord, now: Date): Prepared {
    const ctx = { today: vnDate(now), year: vnYear(now), customKinds: deps.customKinds?.() ?? [] };
    return direction === 'den'
      ? prepareIncoming(rec as IncomingRecord, ctx)
      : prepareOutgoing(rec as OutgoingRecord, { ...ctx, agency: deps.agency(), settings: deps.settings.get(), termAt: deps.termAt });
  }

  function register(
    direction: 'den' | 'di',
    rec: IncomingRecord | OutgoingRecord,
    actor: string,
    drafterId: string | null = null,
  ): { entry: RegisterEntry; warnings: RegisterWarning[] } {
    let result: { id: string; year: number; number: number; warnings: RegisterWarning[] };
    try {
      result = deps.sqlite
        .transaction(() => {
          const now = deps.clock.now();
          const p = prepare(direction, rec, now);
          const body = requireFile(p);
          const matches = findDuplicates(direction, {
            documentId: p.fields.document_id,
            dupKey: p.fields.dup_key,
            fileSha256: p.fields.file_sha256,
          });
          if (matches.length > 0 && !rec.confirmNotDuplicate) throw duplicateError(matches);

          const year = vnYear(now);
          const number = repo.maxNumber(direction, year, p.series) + 1;
          const row: NewEntryRow = {
            ...p.fields,
            id: newId(),
            year,
            series: p.series,
            number,
            registered_at: toVnIso(now),
            registered_by: actor,
          };
          if (direction === 'di') {
            row.code_number = formatCodeNumber(number);
            row.so_ky_hieu = `${row.code_number}${row.notation_system === 'party' ? '-' : '/'}${row.code_notation}`;
            const agency = deps.agency()!;
            row.document_id ??= `${agency.code},${row.issued_date!.replace(/-/g, '/')},${row.so_ky_hieu}`;
          }
          const seq = repo.insert(row);
          if (direction === 'di' && drafterId) repo.grantDrafter(seq, drafterId);
          repo.ftsInsert(seq, ftsHeadOf(row), ftsBodyOf(row, body));
          const at = row.registered_at;
          if (direction === 'den') repo.touchOrganName(row.organ_key, row.organ_name, at);
          else for (const r of (rec as OutgoingRecord).To) repo.touchOrganName(foldVietnamese(r.OrganName), r.OrganName, at);
          audit.append({
            actor,
            action: 'register.registered',
            entityType: ENTITY,
            entityId: row.id,
            data: {
              Direction: direction,
              Year: year,
              Series: p.series,
              Number: number,
              SoKyHieu: soKyHieuOf(row),
              Subject: row.subject,
              ...(row.confidentiality !== 'none' ? { Confidentiality: row.confidentiality } : {}),
              ...(row.channel_restriction ? { ChannelRestriction: row.channel_restriction } : {}),
              FileSha256: row.file_sha256,
              ...(matches.length > 0 ? { confirmedNotDuplicate: true, duplicateOf: matches.map((m) => m.id) } : {}),
            },
          });
          return { id: row.id, year, number, warnings: p.warnings };
        })
        .immediate();
    } catch (err) {
      if (err instanceof AppError) throw err;
      translateSqliteError(err);
    }
    deps.logger.info('registered', { direction, year: result.year, number: result.number });
    deps.events?.emit('register.entryRegistered', { id: result.id, Direction: direction, Year: result.year, Number: result.number });
    return { entry: toEntry(repo.byId(result.id)!), warnings: result.warnings };
  }

  function requireEntry(id: string): EntryRow & { f_size: number | null; f_page_count: number | null; f_media_type: string | null } {
    const row = repo.byId(id);
    if (!row) throw appError('register.entryNotFound', { id }, { id });
    return row;
  }

  /** A recalled outgoing entry (thu hồi through the exchange) is frozen: no correction, no new file, no cancelled number. */
  function assertNotRecalled(row: EntryRow, action: 'cancelNumber' | 'changeFile' | 'correct'): void {
    if (row.direction !== 'di') return;
    const recall = deps.recallOf?.(row.id);
    if (!recall) return;
    const params = { number: soKyHieuOf(row) ?? '', date: formatDdMmYyyy(recall.at.slice(0, 10)), reason: recall.reason, action };
    throw appError('register.recalledFrozen', params, { id: row.id, recalled: true });
  }

  function reindex(row: EntryRow): void {
    repo.ftsDelete(row.seq);
    repo.ftsInsert(row.seq, ftsHeadOf(row), ftsBodyOf(row, row.file_sha256 ? (deps.fileFacts(row.file_sha256)?.text ?? '') : ''));
  }

  return {
    /**
     * After a purge (inside its transaction): rebuilds the search text of the entries that refer to
     * the file, drops the purged text's terms no other entry uses from the prefix list, and merges
     * the index so no segment keeps the old text. Returns the entries' ids.
     */
    reindexEntriesOf(sha256: string, oldText: string): string[] {
      const rows = deps.sqlite.prepare<[string], EntryRow>('SELECT * FROM register_entry WHERE file_sha256 = ?').all(sha256);
      for (const row of rows) reindex(row);
      const stillUsed = deps.sqlite.prepare<[string]>('SELECT 1 FROM register_fts WHERE register_fts MATCH ? LIMIT 1');
      const forget = deps.sqlite.prepare<[string]>('DELETE FROM register_fts_terms WHERE term = ?');
      for (const term of new Set(indexText([oldText]).split(' ')))
        if (term.length >= 4 && stillUsed.get(`"${term.replace(/"/g, '""')}"`) === undefined) forget.run(term);
      deps.sqlite.prepare("INSERT INTO register_fts (register_fts) VALUES ('optimize')").run();
      return rows.map((r) => r.id);
    },
    addIncoming: (rec: IncomingRecord, actor: string) => register('den', rec, actor),

    /** Entries of an older register, keeping their numbers (see register-import.ts). */
    importEntries: createRegisterImport(deps, { entity: ENTITY, ftsHeadOf, translate: translateSqliteError }),
    /** `drafterId`: the signed-in account registering it, who keeps seeing it (entry_access, same transaction). */
    addOutgoing: (rec: OutgoingRecord, actor: string, drafterId: string | null = null) => register('di', rec, actor, drafterId),

    /** The add operations' checks and the number they would give now, without writing anything. */
    preview(direction: 'den' | 'di', rec: IncomingRecord | OutgoingRecord) {
      const now = deps.clock.now();
      const p = prepare(direction, rec, now);
      requireFile(p);
      const year = vnYear(now);
      const next = repo.maxNumber(direction, year, p.series) + 1;
      return {
        NextNumber: next,
        Year: year,
        Series: p.series,
        CodeNumber: direction === 'di' ? formatCodeNumber(next) : p.fields.code_number,
        CodeNotation: p.fields.code_notation,
        SoKyHieu:
          direction === 'di'
            ? `${formatCodeNumber(next)}${p.fields.notation_system === 'party' ? '-' : '/'}${p.fields.code_notation}`
            : p.fields.so_ky_hieu,
        TypeCode: p.kind.code,
        TypeName: p.kind.name,
        warnings: p.warnings,
        duplicates: findDuplicates(direction, {
          documentId: p.fields.document_id,
          dupKey: p.fields.dup_key,
          fileSha256: p.fields.file_sha256,
        }),
      };
    },

    findDuplicates,

    /** Hủy số: the row stays, marked cancelled with its reason; the number is never given again. */
    cancelOutgoing(id: string, reason: string, actor: string): RegisterEntry {
      deps.sqlite
        .transaction(() => {
          const row = requireEntry(id);
          if (row.direction !== 'di') throw fieldAppError('id', 'register.cancelIncoming');
          assertNotRecalled(row, 'cancelNumber');
          if (row.status === 'cancelled') {
            throw appError('register.alreadyCancelled', { number: soKyHieuOf(row) ?? id, at: row.cancelled_at ?? '' }, { id });
          }
          const at = toVnIso(deps.clock.now());
          repo.update(id, { status: 'cancelled', cancel_reason: reason, cancelled_at: at });
          reindex({ ...row, status: 'cancelled', cancel_reason: reason, cancelled_at: at });
          audit.append({
            actor,
            action: 'register.cancelled',
            entityType: ENTITY,
            entityId: id,
            data: { Reason: reason, Year: row.year, Series: row.series, Number: row.number, SoKyHieu: soKyHieuOf(row) },
          });
        })
        .immediate();
      deps.events?.emit('register.entryChanged', { id, change: 'cancelled' });
      return toEntry(requireEntry(id));
    },

    /** Đính chính: changes descriptive fields, audits old and new values; numbers never change. */
    correct(id: string, rawChanges: Record<string, unknown>, reason: string, actor: string): RegisterEntry {
      deps.sqlite
        .transaction(() => {
          const row = requireEntry(id);
          if (row.status === 'cancelled') throw appError('register.correctCancelled', undefined, { id });
          assertNotRecalled(row, Object.hasOwn(rawChanges, 'FileSha256') ? 'changeFile' : 'correct');
          const { update, diff } = applyCorrection(row, rawChanges, CorrectionChangesSchema, deps.customKinds?.() ?? []);
          if (Object.keys(diff).length === 0) return;
          repo.update(id, update);
          reindex({ ...row, ...update });
          audit.append({ actor, action: 'register.corrected', entityType: ENTITY, entityId: id, data: { Reason: reason, changes: diff } });
        })
        .immediate();
      deps.events?.emit('register.entryChanged', { id, change: 'corrected' });
      return toEntry(requireEntry(id));
    },

    /** One entry and its history; the view itself is recorded (Phụ lục VI.III.5.a: lịch sử truy cập). */
    get(id: string, actor: string) {
      return deps.sqlite
        .transaction(() => {
          const row = requireEntry(id);
          audit.append({ actor, action: 'register.viewed', entityType: ENTITY, entityId: id, data: {} });
          return { entry: toEntry(row), history: audit.history(ENTITY, id) };
        })
        .immediate();
    },

    getSettings: (): RegisterSettings => deps.settings.get(),

    /**
     * Refused once an outgoing number exists this year: switching series mid-year would reuse numbers.
     * A damaged stored value is the exception: saving is how the clerk repairs it (audited as such).
     */
    saveSettings(value: RegisterSettings, actor: string): RegisterSettings {
      return deps.sqlite
        .transaction(() => {
          let current: RegisterSettings | null;
          try {
            current = deps.settings.get();
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            current = null;
          }
          const now = deps.clock.now();
          /** Saves the new value with its audit record (`data`: from, to and whether it repaired). */
          const save = (data: { from: RegisterSettings | null; to: RegisterSettings; repaired?: true }): RegisterSettings => {
            deps.settings.save(value, toVnIso(now));
            audit.append({ actor, action: 'register.settingsChanged', entityType: 'settings', entityId: 'register.numbering', data });
            return value;
          };
          if (current === null) {
            save({ from: null, to: value, repaired: true });
            deps.logger.warn('damaged numbering setting replaced', { to: value });
            return value;
          }
          if (current.OutgoingSeries === value.OutgoingSeries) return current;
          const year = vnYear(now);
          const issued = repo.countOutgoing(year);
          if (issued > 0) {
            throw appError('register.numberingLocked', { year, issued }, { year, issued });
          }
          return save({ from: current, to: value });
        })
        .immediate();
    },
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
