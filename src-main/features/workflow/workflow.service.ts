import type { PartyRef, StepRecord, WorkflowSettings } from '../../../src-shared/contracts/workflow.contract';
import {
  applyStep,
  checkDeadline,
  checkExtension,
  formatDdMmYyyy,
  toVnIso,
  vnDate,
  nextAllowed,
  type WorkflowState,
  type WorkflowStepKind,
  COMPLETION_LABELS,
  type DeadlineSource,
  type Urgency,
} from '../../../src-shared/domain';
import { AppError, appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { EntryScope } from '../accounts/permission.service';
import { checkAssigned } from './workflow-assignee';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import type { AuditService } from '../audit/audit.service';
import type { DirectoryRepo } from '../directory/directory.repo';
import type { SettingSlot } from '../settings/settings-store';
import { dayOf, foldSteps, handedToText, type DueSet, type WorkflowFold } from './workflow-fold';
import { createRefResolver } from './workflow-refs';
import type { EntryFacts, ProjectionRow, WorkflowRepo } from './workflow.repo';

/** Working-day arithmetic on the agency calendar (the calendar service). */
export interface DeadlinePort {
  workingDaysFrom(from: string, n: number): { result: string; calendarVersions: string[] };
}

/** The exchange, for documents that came through the hub. */
export interface HubStatusPort {
  /** The inbox state of an incoming hub document ('registered' once it has its số đến); null if not from the hub. */
  stateOf(documentId: string): string | null;
  /** Queues status 04/05/06 in the caller's transaction (durable outbox). */
  report(documentId: string, code: '04' | '05' | '06', description: string): void;
}

export interface WorkflowDeps {
  sqlite: Sqlite;
  repo: WorkflowRepo;
  directory: DirectoryRepo;
  deadlines: DeadlinePort;
  settings: SettingSlot<WorkflowSettings>;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  hub?: HubStatusPort | undefined;
}

const TRAIL_TRANSFER = /^\s*Ngày chuyển\s*:.*$/gimu;

/**
 * Records the steps of incoming documents. Invariants: a step is checked whole (state machine,
 * directory, deadlines, reply link) before anything is written; the step row, the projection, the
 * sổ đến columns, the hub status and the audit entry commit together or not at all.
 */
/** Which deadline a check is about: a code of the `deadlineLabel` words (src-shared/rpc/error-texts/words.ts). */
type DeadlineLabel = 'due' | 'leader' | 'new' | 'person' | 'unit';

/** The domain's refusal of a step (applyStep), keyed: the step and state travel as codes. */
function stepRefusal(state: WorkflowState, step: WorkflowStepKind, code: string): AppError {
  const details = { code, state };
  if (state === 'thu-hoi') return appError('workflow.stepAfterRecall', { step }, details);
  if (state === 'hoan-thanh') return appError('workflow.stepAfterCompletion', { step }, details);
  return appError('workflow.stepNotAllowed', { step, state, allowed: nextAllowed(state).join(',') }, details);
}

export function createWorkflowService(deps: WorkflowDeps) {
  const { repo } = deps;
  const refs = createRefResolver(deps.directory);
  const today = () => vnDate(deps.clock.now());

  function requireEntry(entryId: string): EntryFacts {
    const e = repo.entry(entryId);
    if (!e) throw appError('workflow.entryNotFound', { id: entryId }, { field: 'entryId', entryId });
    if (e.direction !== 'den') throw appError('workflow.notIncoming', { id: entryId }, { field: 'entryId' });
    return e;
  }

  const arrivalOf = (e: EntryFacts) => dayOf(e.arrival_date ?? e.reg_date);

  function stepDay(at: string | undefined, e: EntryFacts): { at: string; day: string } {
    const value = at ?? toVnIso(deps.clock.now());
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? vnDate(value) : dayOf(value);
    if (day < arrivalOf(e))
      throw appError('workflow.stepBeforeArrival', { date: formatDdMmYyyy(day), arrival: formatDdMmYyyy(arrivalOf(e)) }, { field: 'at' });
    return { at: value, day };
  }

  /** Refuses a deadline before the document arrived (the domain's checkDeadline), keyed; `party` names a unit's deadline. */
  function assertAfterArrival(dueDate: string, e: EntryFacts, label: DeadlineLabel, field: string, party = ''): void {
    const c = checkDeadline(dueDate, arrivalOf(e));
    if (c.ok) return;
    const params = { label, party, due: formatDdMmYyyy(dueDate), arrival: formatDdMmYyyy(arrivalOf(e)) };
    throw appError('workflow.deadlineBeforeArrival', params, { field, code: c.error.code });
  }

  function dueFrom(
    e: EntryFacts,
    given: string | null | undefined,
    inDays: number | undefined,
    from: string,
    source: DeadlineSource,
    label: DeadlineLabel,
  ): DueSet | null {
    let d: DueSet | null = null;
    if (given) d = { dueDate: given, source, calendarVersions: [] };
    else if (inDays !== undefined) {
      const r = deps.deadlines.workingDaysFrom(from, inDays);
      d = { dueDate: r.result, source, calendarVersions: r.calendarVersions };
    }
    if (d) {
      assertAfterArrival(d.dueDate, e, label, 'dueDate');
    }
    return d;
  }

  /** The agency default: per urgency, else per type code, else the general default; null when none is set. */
  function defaultDue(e: EntryFacts, from: string): DueSet | null {
    const s = deps.settings.get();
    const n = s.byUrgency[e.urgency as Urgency] ?? s.byTypeCode[e.type_code] ?? s.defaultWorkingDays;
    if (n === null || n === undefined) return null;
    const r = deps.deadlines.workingDaysFrom(from, n);
    return { dueDate: r.result, source: 'default', calendarVersions: r.calendarVersions };
  }

  /** Builds the stored payload of a step and the deadline it sets (if any); throws on bad input. */
  function payloadOf(
    e: EntryFacts,
    cur: WorkflowFold,
    step: StepRecord,
    day: string,
  ): { payload: Record<string, unknown>; decidedBy: PartyRef | null } {
    switch (step.kind) {
      case 'trinh': {
        const leader = refs.resolve(step.leader, 'step.leader', 'leader');
        if (leader.kind !== 'person') throw appError('workflow.presentToPerson', undefined, { field: 'step.leader' });
        return { payload: { leader, note: step.note }, decidedBy: null };
      }
      case 'chi-dao':
      case 'chuyen-thang': {
        const decidedBy =
          step.kind === 'chi-dao'
            ? step.decidedBy
              ? refs.resolve(step.decidedBy, 'step.decidedBy', 'directingLeader')
              : cur.presentedTo
            : null;
        const chuTri = refs.resolve(step.chuTri, 'step.chuTri', 'chuTri');
        const phoiHop = refs.resolveAll(step.phoiHop, 'step.phoiHop', 'phoiHop');
        const deBiet = refs.resolveAll(step.deBiet, 'step.deBiet', 'deBiet');
        const unitDeadlines =
          step.kind === 'chi-dao'
            ? step.unitDeadlines.map((u, i) => {
                const party = refs.resolve(u.party, `step.unitDeadlines[${i}].party`, 'unitDeadline');
                assertAfterArrival(u.dueDate, e, 'unit', `step.unitDeadlines[${i}].dueDate`, party.name);
                return { party, dueDate: u.dueDate };
              })
            : [];
        const leaderDue = step.kind === 'chi-dao' ? dueFrom(e, step.dueDate, step.dueInWorkingDays, day, 'leader', 'leader') : null;
        // The sender's DueDate stands unless the leader asks for an earlier answer.
        let due: DueSet | null = null;
        if (leaderDue && (cur.due === null || cur.due.source !== 'sender' || leaderDue.dueDate < cur.due.dueDate)) due = leaderDue;
        else if (!cur.due) due = defaultDue(e, arrivalOf(e));
        const base = { chuTri, phoiHop, deBiet, ...(due ? { due } : {}) };
        return step.kind === 'chi-dao'
          ? { payload: { ...base, decidedBy, direction: step.direction, leaderDue: leaderDue?.dueDate ?? null, unitDeadlines }, decidedBy }
          : { payload: { ...base, basis: step.basis }, decidedBy: null };
      }
      case 'chuyen': {
        const date = step.date ?? day;
        if (date < arrivalOf(e))
          throw appError(
            'workflow.handOverBeforeArrival',
            { date: formatDdMmYyyy(date), arrival: formatDdMmYyyy(arrivalOf(e)) },
            { field: 'step.date' },
          );
        let recipients = refs.resolveAll(step.recipients, 'step.recipients', 'recipients');
        if (recipients.length === 0 && cur.direction) {
          const d = cur.direction;
          recipients = [d.chuTri, ...d.phoiHop, ...d.deBiet].filter(
            (x, i, a) => a.findIndex((y) => y.kind === x.kind && y.id === x.id) === i,
          );
        }
        if (recipients.length === 0) throw appError('workflow.noRecipients', undefined, { field: 'step.recipients' });
        const due = cur.due ? null : defaultDue(e, arrivalOf(e));
        return {
          payload: { date, recipients, method: step.method, receivedBy: step.receivedBy, note: step.note, ...(due ? { due } : {}) },
          decidedBy: null,
        };
      }
      case 'y-kien-don-vi': {
        const decidedBy = refs.resolve(step.decidedBy, 'step.decidedBy', 'unitLeader');
        if (decidedBy.kind !== 'person') throw appError('workflow.unitLeaderIsPerson', undefined, { field: 'step.decidedBy' });
        const assignee = step.assignee ? refs.resolve(step.assignee, 'step.assignee', 'assignee') : null;
        if (assignee && assignee.kind !== 'person') throw appError('workflow.assignToPerson', undefined, { field: 'step.assignee' });
        if (step.dueDate) {
          if (!assignee) throw appError('workflow.dueNeedsAssignee', undefined, { field: 'step.assignee' });
          assertAfterArrival(step.dueDate, e, 'person', 'step.dueDate');
        }
        return { payload: { decidedBy, direction: step.direction, assignee, dueDate: step.dueDate ?? null }, decidedBy };
      }
      case 'tien-do':
        return { payload: { note: step.note }, decidedBy: null };
      case 'gia-han': {
        const decidedBy = step.decidedBy ? refs.resolve(step.decidedBy, 'step.decidedBy', 'extensionDecider') : null;
        const due = dueFrom(e, step.dueDate, step.dueInWorkingDays, cur.due?.dueDate ?? day, 'extended', 'new');
        if (!due) throw appError('workflow.extensionNeedsDue', undefined, { field: 'step.dueDate' });
        const c = checkExtension(due.dueDate, cur.due?.dueDate ?? null);
        if (!c.ok) {
          const params = { due: formatDdMmYyyy(due.dueDate), current: formatDdMmYyyy(cur.due?.dueDate ?? '') };
          throw appError('workflow.extensionNotLater', params, { field: 'step.dueDate', code: c.error.code });
        }
        return { payload: { due, previousDue: cur.due?.dueDate ?? null, reason: step.reason }, decidedBy };
      }
      case 'hoan-thanh': {
        if (step.how === 'tra-loi') {
          if (!step.replyEntryId) throw appError('workflow.replyMissing', undefined, { field: 'step.replyEntryId' });
          const out = repo.outgoing(step.replyEntryId);
          if (!out) throw appError('workflow.replyNotFound', { id: step.replyEntryId }, { field: 'step.replyEntryId' });
          if (out.direction !== 'di') throw appError('workflow.replyNotOutgoing', undefined, { field: 'step.replyEntryId' });
          if (out.status === 'cancelled') throw appError('workflow.replyCancelled', undefined, { field: 'step.replyEntryId' });
        }
        if (step.how === 'khong-giai-quyet' && !step.reason)
          throw appError('workflow.noActionNeedsReason', undefined, { field: 'step.reason' });
        return {
          payload: { how: step.how, replyEntryId: step.how === 'tra-loi' ? step.replyEntryId : null, reason: step.reason },
          decidedBy: null,
        };
      }
      case 'mo-lai':
      case 'thu-hoi':
        return { payload: { reason: step.reason }, decidedBy: null };
    }
  }

  function projectionOf(base: ProjectionRow, f: WorkflowFold, at: string): ProjectionRow {
    return {
      ...base,
      state: f.snapshot.state,
      before_completion: f.snapshot.beforeCompletion,
      due_date: f.due?.dueDate ?? null,
      due_source: f.due?.source ?? null,
      due_versions: JSON.stringify(f.due?.calendarVersions ?? []),
      handed_to: handedToText(f.recipients),
      handed_on: f.handedOn,
      chu_tri_unit_id: f.direction?.chuTri.kind === 'unit' ? f.direction.chuTri.id : null,
      reply_entry_id: f.completion?.replyEntryId ?? null,
      completed_on: f.completion?.on ?? null,
      completion_how: f.completion?.how ?? null,
      step_count: f.stepCount,
      overdue_notified: f.due?.dueDate === base.due_date ? base.overdue_notified : 0,
      updated_at: at,
    };
  }

  /** Status 04/05/06 for a hub document, each once, in this transaction. */
  function hubStatus(e: EntryFacts, p: ProjectionRow, kind: StepRecord['kind'], f: WorkflowFold, step: StepRecord): string {
    const code = kind === 'chuyen' ? '04' : kind === 'tien-do' ? '05' : kind === 'hoan-thanh' ? '06' : null;
    if (!code || !deps.hub || !e.document_id) return p.hub_sent;
    const sent = p.hub_sent ? p.hub_sent.split(',') : [];
    if (sent.includes(code) || deps.hub.stateOf(e.document_id) !== 'registered') return p.hub_sent;
    const description =
      code === '04'
        ? `Đã phân công: ${handedToText(f.recipients) ?? ''}`
        : code === '05'
          ? step.kind === 'tien-do'
            ? step.note
            : 'Đang xử lý'
          : f.completion
            ? COMPLETION_LABELS[f.completion.how]
            : 'Hoàn thành';
    deps.hub.report(e.document_id, code, description);
    return [...sent, code].join(',');
  }

  return {
    /**
     * `limits`: a chuyên viên's scope — only tiến độ (when chủ trì, phối hợp or handed it) and hoàn
     * thành (when chủ trì or handed it), on a document given to them or their unit; null: any step.
     */
    record(
      input: { entryId: string; step: StepRecord; expectedSeq?: number | undefined },
      actor: string,
      limits: EntryScope | null = null,
    ): void {
      const step = input.step;
      const result = deps.sqlite
        .transaction(() => {
          const e = requireEntry(input.entryId);
          if (limits) checkAssigned(repo, e, step.kind, limits);
          const proj = repo.projection(e.id);
          if (!proj) throw appError('workflow.noProjection', { id: e.id });
          const steps = repo.steps(e.id);
          const cur = foldSteps(e.due_date, steps);
          if (input.expectedSeq !== undefined && input.expectedSeq !== cur.stepCount)
            throw appError('workflow.staleStep', undefined, { stepCount: cur.stepCount });
          const next = applyStep(cur.snapshot, step.kind);
          if (!next.ok) throw stepRefusal(cur.snapshot.state, step.kind, next.error.code);
          const { at, day } = stepDay(step.kind === 'chuyen' ? undefined : step.at, e);
          const { payload, decidedBy } = payloadOf(e, cur, step, day);
          const seq = cur.stepCount + 1;
          const recordedAt = toVnIso(deps.clock.now());
          const due = (payload as { due?: DueSet }).due;
          const row = {
            id: newId(),
            entry_id: e.id,
            seq,
            kind: step.kind,
            payload: JSON.stringify(payload),
            decided_by_id: decidedBy?.id ?? null,
            decided_by_name: decidedBy?.name ?? null,
            entered_by: actor,
            at: step.kind === 'chuyen' ? ((payload as { date: string }).date === day ? at : (payload as { date: string }).date) : at,
            recorded_at: recordedAt,
            state_after: next.value.state,
            calendar_versions: JSON.stringify(due?.calendarVersions ?? []),
          };
          repo.insertStep(row);
          const f = foldSteps(e.due_date, [...steps, row]);
          const p = projectionOf(proj, f, recordedAt);
          p.hub_sent = hubStatus(e, p, step.kind, f, step);
          repo.saveProjection(p);
          if (step.kind === 'chuyen' && p.handed_to) {
            const trail = (e.trace_header_list ?? '').replace(TRAIL_TRANSFER, '').trim();
            const line = `Ngày chuyển: ${formatDdMmYyyy(p.handed_on ?? day)}`;
            repo.setHandOver(e.seq, p.handed_to, trail ? `${trail}\n${line}` : line);
          }
          deps.audit.append({
            actor,
            action: `workflow.${step.kind}`,
            entityType: 'register_entry',
            entityId: e.id,
            data: { seq, kind: step.kind, payload, decidedBy, stateAfter: next.value.state },
          });
          return { state: next.value.state };
        })
        .immediate();
      deps.events.emit('workflow.changed', { entryId: input.entryId, kind: step.kind, state: result.state });
      deps.logger.info('workflow step recorded', { entryId: input.entryId, kind: step.kind, state: result.state });
    },

    /** Emits workflow.overdue for documents that passed their deadline since the last check; returns how many. */
    checkOverdue(): number {
      const rows = deps.sqlite
        .transaction(() => {
          const list = repo.newlyOverdue(today(), 500);
          repo.markOverdueNotified(list.map((r) => r.entry_seq));
          return list;
        })
        .immediate();
      if (rows.length > 0)
        deps.events.emit('workflow.overdue', {
          entries: rows.map((r) => ({ entryId: r.entry_id, arrivalNumber: r.number, subject: r.subject, dueDate: r.due_date! })),
          total: rows.length,
        });
      return rows.length;
    },

    getSettings: () => deps.settings.get(),
    saveSettings(value: WorkflowSettings, actor: string): WorkflowSettings {
      deps.sqlite
        .transaction(() => {
          const before = deps.settings.getForRepair();
          deps.settings.save(value, toVnIso(deps.clock.now()));
          deps.audit.append({
            actor,
            action: 'workflow.saveSettings',
            entityType: 'settings',
            entityId: 'workflow.deadlines',
            data: { before, after: value },
          });
        })
        .immediate();
      return deps.settings.get();
    },
  };
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;
