import type {
  FollowUpRow,
  HandlingTallyRow,
  TodoItem,
  TodoList,
  WorkflowStep,
  WorkflowView,
} from '../../../src-shared/contracts/workflow.contract';
import { TODO_LISTS } from '../../../src-shared/contracts/workflow.contract';
import {
  deadlineStatus,
  formatDdMmYyyy,
  nextAllowed,
  vnDate,
  COMPLETION_LABELS,
  URGENCY_LEVELS,
  WORKFLOW_STATE_LABELS,
  type Urgency,
  type WorkflowState,
} from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { EntryScope } from '../accounts/permission.service';
import type { SettingSlot } from '../settings/settings-store';
import type { WorkflowSettings } from '../../../src-shared/contracts/workflow.contract';
import { assigneeMay } from './workflow-assignee';
import { foldSteps, handedToText } from './workflow-fold';
import type { DeadlinePort, HubStatusPort } from './workflow.service';
import type { TodoRow, WorkflowRepo } from './workflow.repo';

const soKyHieuOf = (r: { so_ky_hieu: string | null; code_number: string | null; code_notation: string | null }): string | null =>
  r.so_ky_hieu ?? ([r.code_number, r.code_notation].filter(Boolean).join('/') || null);

const urgencyOf = (u: string): Urgency => ((URGENCY_LEVELS as readonly string[]).includes(u) ? (u as Urgency) : 'thuong');

/** Reads of the workflow: one document's view, Việc cần làm, the sổ theo dõi rows. "Today" comes from the clock. */
export function createWorkflowQueries(deps: {
  repo: WorkflowRepo;
  deadlines: DeadlinePort;
  settings: SettingSlot<WorkflowSettings>;
  clock: Clock;
  hub?: HubStatusPort | undefined;
}) {
  const { repo } = deps;

  function dates(): { today: string; soonUntil: string } {
    const today = vnDate(deps.clock.now());
    const n = deps.settings.get().soonWorkingDays;
    return { today, soonUntil: n === 0 ? today : deps.deadlines.workingDaysFrom(today, n).result };
  }

  const viaHub = (documentId: string | null) => (documentId && deps.hub ? deps.hub.stateOf(documentId) !== null : false);

  function item(r: TodoRow, d: { today: string; soonUntil: string }): TodoItem {
    return {
      entryId: r.entry_id,
      arrivalNumber: r.number,
      arrivalDate: r.arrival_date,
      soKyHieu: soKyHieuOf(r),
      organName: r.organ_name,
      subject: r.subject,
      urgency: urgencyOf(r.urgency),
      state: r.state as WorkflowState,
      dueDate: r.due_date,
      deadlineStatus: deadlineStatus({ state: r.state as WorkflowState, dueDate: r.due_date, completedOn: r.completed_on, ...d }),
      handedTo: r.handed_to,
      viaHub: viaHub(r.document_id),
    };
  }

  /** One document's view; `limits` (an assignee without the workflow area) trims the steps offered to theirs. */
  function get(entryId: string, limits: EntryScope | null = null): WorkflowView {
    const e = repo.entry(entryId);
    if (!e) throw appError('workflow.entryNotFound', { id: entryId }, { field: 'entryId', entryId });
    if (e.direction !== 'den') throw appError('workflow.noProcess', { id: entryId }, { field: 'entryId' });
    const rows = repo.steps(entryId);
    const f = foldSteps(e.due_date, rows);
    const d = dates();
    const state = f.snapshot.state;
    const reply = f.completion?.replyEntryId ? repo.outgoing(f.completion.replyEntryId) : undefined;
    const steps: WorkflowStep[] = rows.map((s) => ({
      id: s.id,
      seq: s.seq,
      kind: s.kind as WorkflowStep['kind'],
      payload: JSON.parse(s.payload) as Record<string, unknown>,
      decidedBy: s.decided_by_id ? { kind: 'person', id: s.decided_by_id, name: s.decided_by_name ?? '' } : null,
      enteredBy: s.entered_by,
      at: s.at,
      recordedAt: s.recorded_at,
      stateAfter: s.state_after as WorkflowState,
      calendarVersions: JSON.parse(s.calendar_versions) as string[],
    }));
    return {
      entryId: e.id,
      arrivalNumber: e.number,
      arrivalDate: (e.arrival_date ?? e.reg_date).slice(0, 10),
      year: e.year,
      soKyHieu: soKyHieuOf(e),
      typeName: e.type_name,
      organName: e.organ_name,
      subject: e.subject,
      urgency: urgencyOf(e.urgency),
      medium: e.medium,
      viaHub: viaHub(e.document_id),
      state,
      allowedSteps: [...nextAllowed(state)].filter((k) => !limits || assigneeMay(repo, e, k, limits)),
      deadline: f.due
        ? { dueDate: f.due.dueDate, source: f.due.source, calendarVersions: f.due.calendarVersions, previous: f.due.previous }
        : null,
      deadlineStatus: deadlineStatus({ state, dueDate: f.due?.dueDate ?? null, completedOn: f.completion?.on ?? null, ...d }),
      direction: f.direction
        ? {
            decidedBy: f.direction.decidedBy,
            text: f.direction.text,
            chuTri: f.direction.chuTri,
            phoiHop: f.direction.phoiHop,
            deBiet: f.direction.deBiet,
            unitDeadlines: f.direction.unitDeadlines,
            at: f.direction.at,
          }
        : null,
      unitDirection: f.unitDirection,
      presentedTo: f.presentedTo,
      handedTo: handedToText(f.recipients),
      handedOn: f.handedOn,
      completion: f.completion
        ? {
            how: f.completion.how,
            on: f.completion.on,
            reason: f.completion.reason,
            reply: reply ? { entryId: reply.id, soKyHieu: soKyHieuOf(reply), issuedDate: reply.issued_date } : null,
          }
        : null,
      steps,
    };
  }

  /** `scope`: a chuyên viên's (counts and lists hold only what they may see); null: everything. */
  function todo(input: { lists?: TodoList[] | undefined; limit: number }, scope: EntryScope | null = null) {
    const d = dates();
    const counts = Object.fromEntries(TODO_LISTS.map((l) => [l, repo.count(l, d.today, d.soonUntil, scope)])) as Record<TodoList, number>;
    const lists: Record<string, TodoItem[]> = {};
    for (const l of input.lists ?? TODO_LISTS) lists[l] = repo.list(l, d.today, d.soonUntil, input.limit, 0, scope).map((r) => item(r, d));
    return { ...d, counts, lists };
  }

  function todoList(input: { list: TodoList; limit: number; offset: number }, scope: EntryScope | null = null) {
    const d = dates();
    return {
      list: input.list,
      total: repo.count(input.list, d.today, d.soonUntil, scope),
      items: repo.list(input.list, d.today, d.soonUntil, input.limit, input.offset, scope).map((r) => item(r, d)),
    };
  }

  /** Sổ theo dõi giải quyết văn bản đến: each row rebuilt from the steps recorded up to `asOf`. */
  function followUp(input: { from: string; to: string; asOf?: string | undefined; limit: number; offset: number }): {
    total: number;
    rows: FollowUpRow[];
  } {
    if (input.from > input.to) throw appError('workflow.fromAfterTo', undefined, { field: 'from' });
    const d = dates();
    const asOf = input.asOf ?? d.today;
    const page = repo.followUp(input.from, input.to, input.limit, input.offset);
    // A page of the book in two queries (rows with their register fields and steps, the replies' numbers), not three per row.
    const folds = page.rows.map((e) => {
      const steps = (JSON.parse(e.steps) as [number, string, string, Record<string, unknown>][]).map(([seq, kind, at, payload]) => ({
        seq,
        kind,
        at,
        payload,
      }));
      return { e, f: foldSteps(e.due_date, steps, asOf) };
    });
    const replies = repo.replyNumbersOf(folds.flatMap(({ f }) => (f.completion?.replyEntryId ? [f.completion.replyEntryId] : [])));
    const rows = folds.map(({ e, f }): FollowUpRow => {
      const state = f.snapshot.state;
      const replySoKyHieu = f.completion?.replyEntryId ? (replies.get(f.completion.replyEntryId) ?? null) : null;
      const issued = e.issued_date ? ` ngày ${formatDdMmYyyy(e.issued_date)}` : '';
      const skh = soKyHieuOf(e);
      const due = f.due;
      const deadline = due
        ? formatDdMmYyyy(due.dueDate) +
          (due.previous.length ? ` (gia hạn từ ${due.previous.map((p) => formatDdMmYyyy(p.dueDate)).join(', ')})` : '')
        : null;
      // The unit leader's direction (box 2 of the phiếu) is part of the handling, in date order with the notes.
      const ud = f.unitDirection;
      const unitLine = ud && {
        at: ud.at,
        note:
          `Ý kiến lãnh đạo đơn vị (${ud.decidedBy.name}): ${ud.text}` +
          (ud.assignee ? ` — giao ${ud.assignee.name}` : '') +
          (ud.dueDate ? `, hạn ${formatDdMmYyyy(ud.dueDate)}` : ''),
      };
      const progress = [
        ...[...(unitLine ? [unitLine] : []), ...f.notes]
          .sort((a, b) => a.at.localeCompare(b.at))
          .map((n) => `${formatDdMmYyyy(n.at.slice(0, 10))}: ${n.note}`),
        f.completion ? `${COMPLETION_LABELS[f.completion.how]} ngày ${formatDdMmYyyy(f.completion.on)}` : WORKFLOW_STATE_LABELS[state],
      ].join('\n');
      return {
        entryId: e.entry_id,
        arrivalNumber: e.number,
        arrivalDate: e.arrival_date,
        document: `${e.type_name}${skh ? ` số ${skh}` : ''}${issued} của ${e.organ_name}`,
        handedTo: handedToText(f.recipients),
        deadline,
        dueDate: due?.dueDate ?? null,
        progress,
        replySoKyHieu,
        note: f.completion?.reason ?? null,
        state,
        deadlineStatus: deadlineStatus({
          state,
          dueDate: due?.dueDate ?? null,
          completedOn: f.completion?.on ?? null,
          today: asOf,
          soonUntil: asOf,
        }),
        chuTriUnitId: f.direction?.chuTri.kind === 'unit' ? f.direction.chuTri.id : null,
        chuTriName: f.direction?.chuTri.name ?? null,
      };
    });
    return { total: page.total, rows };
  }

  /** Tình hình giải quyết by chủ trì as at today, from the projection (see repo.handlingTally). */
  function handlingTally(input: { from: string; to: string }): { asOf: string; rows: HandlingTallyRow[] } {
    if (input.from > input.to) throw appError('workflow.fromAfterTo', undefined, { field: 'from' });
    const asOf = dates().today;
    const rows = repo.handlingTally(input.from, input.to, asOf).map((r): HandlingTallyRow => {
      const person = r.chu_tri ? (JSON.parse(r.chu_tri) as { kind?: string; id?: string; name?: string }) : null;
      const chuTri = r.unit_id
        ? { kind: 'unit' as const, id: r.unit_id, name: r.unit_name ?? r.unit_id }
        : person?.id && person.name
          ? { kind: person.kind === 'unit' ? ('unit' as const) : ('person' as const), id: person.id, name: person.name }
          : null;
      return { chuTri, received: r.received, onTime: r.on_time, late: r.late, inProgress: r.in_progress, overdue: r.overdue };
    });
    return { asOf, rows };
  }

  return { get, todo, todoList, followUp, handlingTally, dates };
}

export type WorkflowQueries = ReturnType<typeof createWorkflowQueries>;
