import { scopeCondition, type EntryScope } from '../accounts/entry-scope';
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';

/** The register fields the workflow reads of an entry. */
export interface EntryFacts {
  seq: number;
  id: string;
  direction: 'den' | 'di';
  status: string;
  year: number;
  number: number;
  arrival_date: string | null;
  reg_date: string;
  issued_date: string | null;
  so_ky_hieu: string | null;
  code_number: string | null;
  code_notation: string | null;
  type_code: string;
  type_name: string;
  organ_name: string;
  subject: string;
  urgency: string;
  medium: 'giay' | 'dien-tu';
  document_id: string | null;
  to_places: string | null;
  trace_header_list: string | null;
  due_date: string | null;
}

export interface ProjectionRow {
  entry_seq: number;
  entry_id: string;
  state: string;
  before_completion: string | null;
  urgency_rank: number;
  arrival_date: string;
  due_date: string | null;
  due_source: string | null;
  due_versions: string;
  handed_to: string | null;
  handed_on: string | null;
  chu_tri_unit_id: string | null;
  reply_entry_id: string | null;
  completed_on: string | null;
  completion_how: string | null;
  step_count: number;
  hub_sent: string;
  overdue_notified: number;
  updated_at: string | null;
}

export interface StepRow {
  id: string;
  entry_id: string;
  seq: number;
  kind: string;
  payload: string;
  decided_by_id: string | null;
  decided_by_name: string | null;
  entered_by: string;
  at: string;
  recorded_at: string;
  state_after: string;
  calendar_versions: string;
}

/** What folding a step reads of it; the payload as stored (JSON text) or already parsed. */
export interface FoldStepRow {
  seq: number;
  kind: string;
  at: string;
  payload: string | Record<string, unknown>;
}

/** A row of the sổ theo dõi: the register fields the book prints, and the sender's deadline. */
export interface FollowUpEntry {
  entry_id: string;
  arrival_date: string;
  number: number;
  issued_date: string | null;
  so_ky_hieu: string | null;
  code_number: string | null;
  code_notation: string | null;
  type_name: string;
  organ_name: string;
  due_date: string | null;
  /** The entry's steps as one JSON array of [seq, kind, at, payload], in order. */
  steps: string;
}

/** A Việc cần làm row: projection joined to the register entry. */
export interface TodoRow extends ProjectionRow {
  number: number;
  so_ky_hieu: string | null;
  code_number: string | null;
  code_notation: string | null;
  organ_name: string;
  subject: string;
  urgency: string;
  document_id: string | null;
}

/** One group of the handling tally: a chủ trì unit (id and name), or the JSON of a person in charge, or neither. */
export interface TallyRow {
  unit_id: string | null;
  unit_name: string | null;
  chu_tri: string | null;
  received: number;
  on_time: number;
  late: number;
  overdue: number;
  in_progress: number;
}

const ENTRY_COLS = `seq, id, direction, status, year, number, arrival_date, reg_date, issued_date, so_ky_hieu, code_number, code_notation,
  type_code, type_name, organ_name, subject, urgency, medium, document_id, to_places, trace_header_list, due_date`;
const OPEN = `w.state IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet')`;
const TODO_FROM = `FROM incoming_workflow w JOIN register_entry e ON e.seq = w.entry_seq`;
const TODO_SELECT = `SELECT w.*, e.number, e.so_ky_hieu, e.code_number, e.code_notation, e.organ_name, e.subject, e.urgency, e.document_id
  ${TODO_FROM}`;

/** The list questions, each answerable from one index of incoming_workflow. */
const LIST_WHERE = {
  'cho-trinh': { where: `w.state = 'cho-trinh'`, order: `w.urgency_rank DESC, w.arrival_date, w.entry_seq`, args: 0 },
  'cho-chuyen': { where: `w.state = 'cho-chuyen'`, order: `w.urgency_rank DESC, w.arrival_date, w.entry_seq`, args: 0 },
  'chua-tra-loi': { where: `w.state = 'dang-giai-quyet'`, order: `w.urgency_rank DESC, w.arrival_date, w.entry_seq`, args: 0 },
  'qua-han': {
    where: `${OPEN} AND w.due_date IS NOT NULL AND w.due_date < @today`,
    order: `w.urgency_rank DESC, w.due_date, w.entry_seq`,
    args: 1,
  },
  'sap-den-han': {
    where: `${OPEN} AND w.due_date IS NOT NULL AND w.due_date >= @today AND w.due_date <= @soon`,
    order: `w.urgency_rank DESC, w.due_date, w.entry_seq`,
    args: 2,
  },
} as const;
export type ListName = keyof typeof LIST_WHERE;
const paramsOf = (list: ListName, today: string, soon: string) =>
  LIST_WHERE[list].args === 0 ? {} : LIST_WHERE[list].args === 1 ? { today } : { today, soon };
const TALLY_STATE = { 'cho-trinh': 'cho-trinh', 'cho-chuyen': 'cho-chuyen', 'chua-tra-loi': 'dang-giai-quyet' } as const;

export function createWorkflowRepo(sqlite: Sqlite) {
  const st = statementCache(sqlite);
  return {
    entry: (id: string) => st(`SELECT ${ENTRY_COLS} FROM register_entry WHERE id = ?`).get(id) as EntryFacts | undefined,
    projection: (entryId: string) => st(`SELECT * FROM incoming_workflow WHERE entry_id = ?`).get(entryId) as ProjectionRow | undefined,
    steps: (entryId: string) => st(`SELECT * FROM incoming_step WHERE entry_id = ? ORDER BY seq`).all(entryId) as StepRow[],
    insertStep(r: StepRow): void {
      st(
        `INSERT INTO incoming_step (id, entry_id, seq, kind, payload, decided_by_id, decided_by_name, entered_by, at, recorded_at, state_after, calendar_versions)
         VALUES (@id, @entry_id, @seq, @kind, @payload, @decided_by_id, @decided_by_name, @entered_by, @at, @recorded_at, @state_after, @calendar_versions)`,
      ).run(r);
    },
    saveProjection(r: ProjectionRow): void {
      st(
        `UPDATE incoming_workflow SET state = @state, before_completion = @before_completion, due_date = @due_date, due_source = @due_source,
         due_versions = @due_versions, handed_to = @handed_to, handed_on = @handed_on, chu_tri_unit_id = @chu_tri_unit_id,
         reply_entry_id = @reply_entry_id, completed_on = @completed_on, completion_how = @completion_how, step_count = @step_count,
         hub_sent = @hub_sent, overdue_notified = @overdue_notified, updated_at = @updated_at WHERE entry_seq = @entry_seq`,
      ).run(r);
    },
    /** The sổ đến columns "Đơn vị hoặc người nhận" and (through the trail) "Ngày chuyển". */
    setHandOver(seq: number, toPlaces: string, traceHeaderList: string | null): void {
      st(`UPDATE register_entry SET to_places = ?, trace_header_list = ? WHERE seq = ?`).run(toPlaces, traceHeaderList, seq);
    },
    /**
     * From the tallies the migration's triggers keep (never by counting rows): a state's count, or
     * the sum over a range of due days.
     */
    count(list: ListName, today: string, soon: string, scope: EntryScope | null = null): number {
      if (scope) {
        const params: Record<string, unknown> = { ...paramsOf(list, today, soon) };
        const cond = scopeCondition('e', scope, params);
        return (st(`SELECT count(*) AS n ${TODO_FROM} WHERE ${LIST_WHERE[list].where} AND ${cond}`).get(params) as { n: number }).n;
      }
      const sum = (from: string, to: string) =>
        (st(`SELECT coalesce(sum(n), 0) AS n FROM incoming_workflow_tally WHERE bucket >= ? AND bucket < ?`).get(from, to) as { n: number })
          .n;
      if (list === 'qua-han') return sum('due:', `due:${today}`);
      if (list === 'sap-den-han') return sum(`due:${today}`, `due:${soon}~`);
      const row = st(`SELECT n FROM incoming_workflow_tally WHERE bucket = ?`).get(`state:${TALLY_STATE[list]}`) as
        { n: number } | undefined;
      return row?.n ?? 0;
    },
    list(list: ListName, today: string, soon: string, limit: number, offset: number, scope: EntryScope | null = null): TodoRow[] {
      const q = LIST_WHERE[list];
      const params: Record<string, unknown> = { ...paramsOf(list, today, soon), limit, offset };
      const cond = scope ? ` AND ${scopeCondition('e', scope, params)}` : '';
      return st(`${TODO_SELECT} WHERE ${q.where}${cond} ORDER BY ${q.order} LIMIT @limit OFFSET @offset`).all(params) as TodoRow[];
    },
    /**
     * How an incoming entry was given to a scope (chủ trì, phối hợp, để biết, chuyển): to the person,
     * or to their unit when it is not mật — the roles, for the chuyên viên's tiến độ / hoàn thành.
     */
    assignedRoles(entrySeq: number, scope: EntryScope): string[] {
      return (
        st(
          `SELECT DISTINCT a.role FROM entry_access a JOIN register_entry e ON e.seq = a.entry_seq WHERE a.entry_seq = @seq
            AND ((a.party_kind = 'person' AND a.party_id = @person) OR (a.party_kind = 'unit' AND a.party_id = @unit AND e.confidentiality = 'none'))`,
        ).all({ seq: entrySeq, person: scope.personId ?? '', unit: scope.unitId ?? '' }) as { role: string }[]
      ).map((r) => r.role);
    },
    /** Open documents past their deadline whose overdue event was not sent yet. */
    newlyOverdue(today: string, limit: number): TodoRow[] {
      return st(
        `${TODO_SELECT} WHERE ${OPEN} AND w.due_date IS NOT NULL AND w.due_date < ? AND w.overdue_notified = 0 ORDER BY w.due_date LIMIT ?`,
      ).all(today, limit) as TodoRow[];
    },
    markOverdueNotified(seqs: readonly number[]): void {
      const s = st(`UPDATE incoming_workflow SET overdue_notified = 1 WHERE entry_seq = ?`);
      for (const q of seqs) s.run(q);
    },
    /**
     * Tình hình giải quyết: documents arrived in [from, to] counted by chủ trì as at `today`, from the
     * projection. A person in charge has no unit id on the projection: their last direction step names them.
     */
    handlingTally(from: string, to: string, today: string): TallyRow[] {
      return st(
        `SELECT w.chu_tri_unit_id AS unit_id, u.name AS unit_name,
           CASE WHEN w.chu_tri_unit_id IS NULL THEN
             (SELECT json_extract(s.payload, '$.chuTri') FROM incoming_step s
               WHERE s.entry_id = w.entry_id AND s.kind IN ('chi-dao', 'chuyen-thang') ORDER BY s.seq DESC LIMIT 1)
           END AS chu_tri,
           count(*) AS received,
           sum(w.state = 'hoan-thanh' AND NOT coalesce(w.completed_on > w.due_date, 0)) AS on_time,
           sum(w.state = 'hoan-thanh' AND coalesce(w.completed_on > w.due_date, 0)) AS late,
           sum(${OPEN} AND coalesce(w.due_date < @today, 0)) AS overdue,
           sum(${OPEN} AND NOT coalesce(w.due_date < @today, 0)) AS in_progress
         FROM incoming_workflow w LEFT JOIN directory_unit u ON u.id = w.chu_tri_unit_id
         WHERE w.arrival_date >= @from AND w.arrival_date <= @to
         GROUP BY unit_id, chu_tri`,
      ).all({ from, to, today }) as TallyRow[];
    },
    /** The entries of a page of ids, in one query whatever the page size (ids as a JSON array). */
    entriesOf(ids: readonly string[]): Map<string, EntryFacts> {
      const rows = st(`SELECT ${ENTRY_COLS} FROM register_entry WHERE id IN (SELECT value FROM json_each(?))`).all(
        JSON.stringify(ids),
      ) as EntryFacts[];
      return new Map(rows.map((r) => [r.id, r]));
    },
    /**
     * Sổ theo dõi: entries arrived in [from, to], by số đến, with the register fields the book prints
     * and all their steps, in one query. The steps come as one JSON text per entry (one JSON.parse in
     * the caller): a row or a string per step was most of a 10,000-document book's time, in the
     * garbage collector.
     */
    followUp(from: string, to: string, limit: number, offset: number): { total: number; rows: FollowUpEntry[] } {
      const total = (
        st(`SELECT count(*) AS n FROM incoming_workflow w WHERE w.arrival_date >= ? AND w.arrival_date <= ?`).get(from, to) as { n: number }
      ).n;
      const rows = st(
        `SELECT w.entry_id, w.arrival_date, e.number, e.issued_date, e.so_ky_hieu, e.code_number, e.code_notation, e.type_name, e.organ_name, e.due_date,
           (SELECT json_group_array(json_array(s.seq, s.kind, s.at, json(s.payload)) ORDER BY s.seq)
              FROM incoming_step s WHERE s.entry_id = w.entry_id) AS steps
         FROM incoming_workflow w JOIN register_entry e ON e.seq = w.entry_seq
         WHERE w.arrival_date >= ? AND w.arrival_date <= ? ORDER BY e.year, e.number LIMIT ? OFFSET ?`,
      ).all(from, to, limit, offset) as FollowUpEntry[];
      return { total, rows };
    },
    /** Số, ký hiệu of the replies of a page (one query). */
    replyNumbersOf(ids: readonly string[]): Map<string, string | null> {
      if (ids.length === 0) return new Map();
      const rows = st(
        `SELECT id, so_ky_hieu, code_number, code_notation FROM register_entry WHERE id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(ids)) as { id: string; so_ky_hieu: string | null; code_number: string | null; code_notation: string | null }[];
      return new Map(rows.map((r) => [r.id, r.so_ky_hieu ?? ([r.code_number, r.code_notation].filter(Boolean).join('/') || null)]));
    },
    outgoing: (id: string) =>
      st(`SELECT id, direction, status, so_ky_hieu, code_number, code_notation, issued_date FROM register_entry WHERE id = ?`).get(id) as
        | {
            id: string;
            direction: string;
            status: string;
            so_ky_hieu: string | null;
            code_number: string | null;
            code_notation: string | null;
            issued_date: string | null;
          }
        | undefined,
  };
}

export type WorkflowRepo = ReturnType<typeof createWorkflowRepo>;
