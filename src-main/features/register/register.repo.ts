import { entryVisibleQuery, scopeCondition, type EntryScope } from '../accounts/entry-scope';
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';

/** A register_entry row as SQLite returns it (snake_case columns, see db/schema/register.ts). */
export interface EntryRow {
  seq: number;
  id: string;
  direction: 'den' | 'di';
  year: number;
  series: string;
  number: number;
  status: 'registered' | 'cancelled';
  medium: 'giay' | 'dien-tu';
  type_code: string;
  type_name: string;
  code_number: string | null;
  code_notation: string | null;
  /** "Số, ký hiệu" as printed; null on rows from before migration 0006 (then number "/" notation). */
  so_ky_hieu: string | null;
  notation_system: 'state' | 'party' | 'unparsed' | null;
  issued_date: string | null;
  organ_name: string;
  organ_key: string;
  subject: string;
  language: string | null;
  page_amount: number | null;
  description: string | null;
  signer_position: string | null;
  signer_full_name: string | null;
  urgency: string;
  /** 'none', 'mat', 'toi-mat' or 'tuyet-mat'. */
  confidentiality: string;
  /** 'khen-thuong-ky-luat', 'ho-so-goc', 'nhay-cam' or null. */
  channel_restriction: string | null;
  arrival_date: string | null;
  reg_date: string;
  to_places: string | null;
  recipients: string | null;
  issued_amount: number | null;
  archive_keeper: string | null;
  due_date: string | null;
  trace_header_list: string | null;
  document_id: string | null;
  dup_key: string | null;
  file_sha256: string | null;
  confirmed_not_duplicate: number;
  cancel_reason: string | null;
  cancelled_at: string | null;
  registered_at: string;
  registered_by: string;
}

export type NewEntryRow = Omit<EntryRow, 'seq'>;

/** An entry joined with its file's metadata, as lists and detail views read it. */
export type EntryWithFile = EntryRow & { f_size: number | null; f_page_count: number | null; f_media_type: string | null };

export interface EntryFilters {
  direction?: 'den' | 'di' | undefined;
  year?: number | undefined;
  typeCode?: string | undefined;
  organKey?: string | undefined;
  urgency?: string | undefined;
  /** A level, or 'secret' for any of Mật / Tối mật / Tuyệt mật. */
  confidentiality?: string | undefined;
  status?: string | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  /** Keyset: only rows with seq below this. */
  beforeSeq?: number | undefined;
  /** What a chuyên viên may see (entry_access), filtered in the same SQL; absent = every entry. */
  scope?: EntryScope | null | undefined;
}

const COLUMNS = [
  'id',
  'direction',
  'year',
  'series',
  'number',
  'status',
  'medium',
  'type_code',
  'type_name',
  'code_number',
  'code_notation',
  'so_ky_hieu',
  'notation_system',
  'issued_date',
  'organ_name',
  'organ_key',
  'subject',
  'language',
  'page_amount',
  'description',
  'signer_position',
  'signer_full_name',
  'urgency',
  'confidentiality',
  'channel_restriction',
  'arrival_date',
  'reg_date',
  'to_places',
  'recipients',
  'issued_amount',
  'archive_keeper',
  'due_date',
  'trace_header_list',
  'document_id',
  'dup_key',
  'file_sha256',
  'confirmed_not_duplicate',
  'cancel_reason',
  'cancelled_at',
  'registered_at',
  'registered_by',
] as const;

const SELECT_WITH_FILE = `SELECT e.*, f.size AS f_size, f.page_count AS f_page_count, f.media_type AS f_media_type
  FROM register_entry e LEFT JOIN stored_file f ON f.sha256 = e.file_sha256`;

/** The filters' WHERE for a page, with the keyset cursor on `seqColumn` when it continues an earlier page. */
function pageWhere(f: EntryFilters, params: Record<string, unknown>, seqColumn: 'e.seq' | 't.rowid'): string {
  const where = whereClause(f, params);
  if (f.beforeSeq === undefined) return where;
  params.beforeSeq = f.beforeSeq;
  return `${where} AND ${seqColumn} < @beforeSeq`;
}

function whereClause(f: EntryFilters, params: Record<string, unknown>): string {
  const c: string[] = [];
  const add = (sql: string, name: string, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    c.push(sql);
    params[name] = value;
  };
  add('e.direction = @direction', 'direction', f.direction);
  add('e.year = @year', 'year', f.year);
  add('e.type_code = @typeCode', 'typeCode', f.typeCode);
  add('e.organ_key = @organKey', 'organKey', f.organKey);
  add('e.urgency = @urgency', 'urgency', f.urgency);
  if (f.confidentiality === 'secret') c.push("e.confidentiality <> 'none'");
  else add('e.confidentiality = @confidentiality', 'confidentiality', f.confidentiality);
  add('e.status = @status', 'status', f.status);
  add('e.reg_date >= @dateFrom', 'dateFrom', f.dateFrom);
  add('e.reg_date <= @dateTo', 'dateTo', f.dateTo);
  if (f.scope) c.push(scopeCondition('e', f.scope, params));
  return c.length > 0 ? c.join(' AND ') : '1';
}

/**
 * SQL of the register. Raw better-sqlite3 statements (cached by text) because the hot paths —
 * numbering, FTS5 and keyset pages — need exact control of the plan; drizzle owns the schema.
 */
export function createRegisterRepo(sqlite: Sqlite) {
  const stmt = statementCache(sqlite);

  /**
   * Rows of a direction (and year) counted without scanning them: numbers are gap-free from 1
   * and rows are never deleted (triggers), so a series holds exactly MAX(number) rows. Years and
   * series are walked by index seeks (a hand-made skip scan): O(years × series × log n).
   */
  function countByNumbering(direction: 'den' | 'di' | undefined, year: number | undefined): number {
    const nextYear = stmt('SELECT MIN(year) AS y FROM register_entry WHERE direction = ? AND year > ?');
    const nextSeries = stmt(`SELECT MIN(series) AS s FROM register_entry WHERE direction = 'di' AND year = ? AND series > ?`);
    const maxDen = stmt(`SELECT MAX(number) AS n FROM register_entry WHERE direction = 'den' AND year = ? AND series = ?`);
    // MAX − MIN + 1: a term series that began in an earlier year starts above 1 in this one.
    const maxDi = stmt(`SELECT MAX(number) - MIN(number) + 1 AS n FROM register_entry WHERE direction = 'di' AND year = ? AND series = ?`);
    let total = 0;
    for (const d of direction ? [direction] : (['den', 'di'] as const)) {
      const years: number[] = [];
      if (year !== undefined) years.push(year);
      else
        for (let y = (nextYear.get(d, 0) as { y: number | null }).y; y !== null; y = (nextYear.get(d, y) as { y: number | null }).y)
          years.push(y);
      for (const y of years) {
        if (d === 'den') {
          // Two incoming series: số đến and số đến mật (SECRET_SERIES.den).
          total += ((maxDen.get(y, 'den') as { n: number | null }).n ?? 0) + ((maxDen.get(y, 'den-mat') as { n: number | null }).n ?? 0);
          continue;
        }
        for (let s = (nextSeries.get(y, '') as { s: string | null }).s; s !== null; s = (nextSeries.get(y, s) as { s: string | null }).s) {
          total += (maxDi.get(y, s) as { n: number | null }).n ?? 0;
        }
      }
    }
    return total;
  }

  const insertSql = `INSERT INTO register_entry (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => '@' + c).join(', ')})`;

  return {
    /** Highest number given in a series; the next is this + 1 (numbers are never deleted, so never reused). */
    maxNumber(direction: 'den' | 'di', year: number, series: string): number {
      // A Party body's series ('<type>@k<term>') runs across calendar years until its term ends.
      if (direction === 'di' && series.includes('@')) {
        return (
          (stmt(`SELECT MAX(number) AS n FROM register_entry WHERE direction = 'di' AND series = ?`).get(series) as { n: number | null })
            .n ?? 0
        );
      }
      const row =
        direction === 'den'
          ? (stmt(`SELECT MAX(number) AS n FROM register_entry WHERE direction = 'den' AND year = ? AND series = ?`).get(year, series) as {
              n: number | null;
            })
          : (stmt(`SELECT MAX(number) AS n FROM register_entry WHERE direction = 'di' AND year = ? AND series = ?`).get(year, series) as {
              n: number | null;
            });
      return row.n ?? 0;
    },

    /** Numbers already given in (direction, year, series): an import may not give them twice. */
    numbersIn(direction: 'den' | 'di', year: number, series: string): Set<number> {
      const rows = stmt('SELECT number FROM register_entry WHERE direction = ? AND year = ? AND series = ?').all(
        direction,
        year,
        series,
      ) as { number: number }[];
      return new Set(rows.map((r) => r.number));
    },

    countOutgoing(year: number): number {
      return (stmt(`SELECT COUNT(*) AS n FROM register_entry WHERE direction = 'di' AND year = ?`).get(year) as { n: number }).n;
    },

    insert(row: NewEntryRow): number {
      return Number(stmt(insertSql).run(row).lastInsertRowid);
    },

    /** The account that drafted (registered) an outgoing entry keeps seeing it: one entry_access row. */
    grantDrafter(seq: number, accountId: string): void {
      stmt(`INSERT OR IGNORE INTO entry_access (entry_seq, party_kind, party_id, role) VALUES (?, 'account', ?, 'soan-thao')`).run(
        seq,
        accountId,
      );
    },

    ftsInsert(seq: number, head: string, body: string): void {
      stmt('INSERT INTO register_fts (rowid, head, body) VALUES (?, ?, ?)').run(seq, head, body);
      const addTerm = stmt('INSERT OR IGNORE INTO register_fts_terms (term) VALUES (?)');
      for (const term of new Set(`${head} ${body}`.split(' '))) if (term.length >= 4) addTerm.run(term);
    },

    /** Indexed terms starting with `prefix` (at most `limit`), for prefix expansion. */
    termsWithPrefix(prefix: string, limit: number): string[] {
      return (
        stmt('SELECT term FROM register_fts_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?').all(
          prefix,
          `${prefix}\uffff`,
          limit,
        ) as {
          term: string;
        }[]
      ).map((r) => r.term);
    },

    ftsDelete(seq: number): void {
      stmt('DELETE FROM register_fts WHERE rowid = ?').run(seq);
    },

    byId(id: string): EntryWithFile | undefined {
      return stmt(`${SELECT_WITH_FILE} WHERE e.id = ?`).get(id) as EntryWithFile | undefined;
    },

    /** Whether an account limited to `scope` may see the entry (the router's rule for an entry id). */
    visibleIn(id: string, scope: EntryScope): boolean {
      const q = entryVisibleQuery(id, scope);
      return stmt(q.sql).get(q.params) !== undefined;
    },

    update(id: string, changes: Partial<NewEntryRow>): void {
      const keys = Object.keys(changes).filter((k) => (COLUMNS as readonly string[]).includes(k));
      if (keys.length === 0) return;
      stmt(`UPDATE register_entry SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @__id`).run({ ...changes, __id: id });
    },

    /**
     * A page newest first. The page's seqs are chosen first, from the indexes alone where the
     * filters allow, so a deep OFFSET skips index entries instead of whole rows; only the page's
     * rows are then read and joined.
     */
    list(f: EntryFilters, limit: number, offset: number): EntryWithFile[] {
      const params: Record<string, unknown> = { limit, offset };
      const where = pageWhere(f, params, 'e.seq');
      return stmt(
        `${SELECT_WITH_FILE} WHERE e.seq IN (SELECT e.seq FROM register_entry e WHERE ${where} ORDER BY e.seq DESC LIMIT @limit OFFSET @offset)
         ORDER BY e.seq DESC`,
      ).all(params) as EntryWithFile[];
    },

    count(f: EntryFilters): number {
      const onlyNumbering = Object.entries(f).every(([k, v]) => v === undefined || v === null || k === 'direction' || k === 'year');
      // A scoped count (chuyên viên) never takes the numbering shortcut: it counts only visible rows.
      if (onlyNumbering) return countByNumbering(f.direction, f.year);
      const params: Record<string, unknown> = {};
      const where = whereClause(f, params);
      return (stmt(`SELECT COUNT(*) AS n FROM register_entry e WHERE ${where}`).get(params) as { n: number }).n;
    },

    /**
     * Full-text page, newest first. CROSS JOIN keeps FTS5 as the outer loop so it walks its
     * doclists by descending rowid and stops at the limit instead of matching everything first.
     */
    search(match: string, f: EntryFilters, limit: number): EntryWithFile[] {
      const params: Record<string, unknown> = { match, limit };
      const where = pageWhere(f, params, 't.rowid');
      return stmt(
        `SELECT e.*, f.size AS f_size, f.page_count AS f_page_count, f.media_type AS f_media_type
           FROM register_fts t CROSS JOIN register_entry e ON e.seq = t.rowid
           LEFT JOIN stored_file f ON f.sha256 = e.file_sha256
          WHERE register_fts MATCH @match AND ${where}
          ORDER BY t.rowid DESC LIMIT @limit`,
      ).all(params) as EntryWithFile[];
    },

    duplicates(
      direction: 'den' | 'di' | undefined,
      keys: { documentId: string | null; dupKey: string | null; fileSha256: string | null },
    ): EntryRow[] {
      const parts: string[] = [];
      const params: Record<string, unknown> = {};
      if (keys.documentId) {
        parts.push('SELECT * FROM register_entry WHERE document_id = @documentId');
        params.documentId = keys.documentId;
      }
      if (keys.dupKey) {
        parts.push('SELECT * FROM register_entry WHERE dup_key = @dupKey');
        params.dupKey = keys.dupKey;
      }
      if (keys.fileSha256) {
        parts.push('SELECT * FROM register_entry WHERE file_sha256 = @fileSha256');
        params.fileSha256 = keys.fileSha256;
      }
      if (parts.length === 0) return [];
      let sql = `SELECT * FROM (${parts.join(' UNION ')}) WHERE status = 'registered'`;
      if (direction) {
        sql += ' AND direction = @direction';
        params.direction = direction;
      }
      return stmt(`${sql} ORDER BY seq DESC LIMIT 20`).all(params) as EntryRow[];
    },

    touchOrganName(key: string, name: string, at: string): void {
      stmt(
        `INSERT INTO organ_name (key, name, uses, last_used_at) VALUES (?, ?, 1, ?)
         ON CONFLICT(key) DO UPDATE SET name = excluded.name, uses = uses + 1, last_used_at = excluded.last_used_at`,
      ).run(key, name, at);
    },

    /** Names whose folded form starts with `prefix`, or has a word starting with it. */
    organNames(prefix: string, limit: number): { name: string; uses: number; last_used_at: string }[] {
      const like = prefix.replace(/[\\%_]/g, (c) => '\\' + c);
      return stmt(
        `SELECT name, uses, last_used_at FROM organ_name
          WHERE key LIKE @p ESCAPE '\\' OR key LIKE @w ESCAPE '\\'
          ORDER BY (key LIKE @p ESCAPE '\\') DESC, uses DESC, last_used_at DESC LIMIT @limit`,
      ).all({ p: `${like}%`, w: `% ${like}%`, limit }) as { name: string; uses: number; last_used_at: string }[];
    },
  };
}

export type RegisterRepo = ReturnType<typeof createRegisterRepo>;
