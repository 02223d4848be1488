/**
 * The workflow of an incoming document (Nghị định 30/2020 Điều 23–24): trình, chỉ đạo or chuyển
 * thẳng, chuyển, ý kiến lãnh đạo đơn vị, tiến độ, gia hạn, hoàn thành, mở lại, thu hồi. Invariants:
 * - every step is a row that is never changed or removed (who decided: a directory person; who
 *   entered it: the actor), so the history and the sổ theo dõi can be rebuilt at any date;
 * - the state machine of `src-shared/domain/workflow.ts` decides which step may follow which; a
 *   refused step writes nothing;
 * - deadlines are working-calendar dates with the calendar versions they were computed with:
 *   the sender's DueDate, else the leader's, else the agency default per type or urgency; sắp đến
 *   hạn / quá hạn / hoàn thành đúng hạn are computed against the injected clock, never typed;
 * - a hub document sends status 04 on chuyển, 05 on the first tiến độ, 06 on hoàn thành, each
 *   once, through the durable outbox in the same transaction as the step.
 * Units and people are named by directory reference: `{ kind, id }` (autocomplete) or `{ kind, name }`
 * (CLI, typed); a name not in the directory is refused with kind NotFound and
 * details { code: 'DIRECTORY_UNKNOWN', refKind, name, field } so the UI can offer to add it.
 * By role: the step input and enums in workflow-step.contract.ts, the follow-up book and tally reads in
 * workflow-follow-up.contract.ts (both re-exported here); views, Việc cần làm and settings here.
 */
import { z } from 'zod';
import { defineEvent, defineOperation } from '../rpc/define';
import { UrgencySchema } from './register-fields.contract';
import { workflowFollowUp, workflowHandlingTally } from './workflow-follow-up.contract';
import {
  CompletionKindSchema,
  DeadlineSourceSchema,
  DeadlineStatusSchema,
  PartyRefOutSchema,
  StepInputSchema,
  WorkflowStateSchema,
  WorkflowStepKindSchema,
} from './workflow-step.contract';
import { inputText } from './input-text';

export * from './workflow-step.contract';
export * from './workflow-follow-up.contract';

const EntryId = z
  .string({ error: inputText('input.entryIdMissing') })
  .min(1, { error: inputText('input.entryIdMissing') })
  .max(64);

export const StepSchema = z.object({
  id: z.string(),
  /** Order within the entry, from 1. */
  seq: z.number().int(),
  kind: WorkflowStepKindSchema,
  /** The step's payload with references resolved to { kind, id, name }. */
  payload: z.record(z.string(), z.unknown()),
  decidedBy: PartyRefOutSchema.nullable(),
  enteredBy: z.string(),
  /** When it happened (as given), and when it was recorded. */
  at: z.string(),
  recordedAt: z.string(),
  stateAfter: WorkflowStateSchema,
  /** Calendar versions of the deadline this step set, if any. */
  calendarVersions: z.array(z.string()),
});
export type WorkflowStep = z.output<typeof StepSchema>;

export const DeadlineSchema = z.object({
  dueDate: z.string(),
  source: DeadlineSourceSchema,
  calendarVersions: z.array(z.string()),
  /** Earlier deadlines replaced by gia hạn, oldest first, with the reason. */
  previous: z.array(z.object({ dueDate: z.string(), reason: z.string(), at: z.string() })),
});

/** The current state of an incoming document, projected from its steps. */
export const WorkflowViewSchema = z.object({
  entryId: z.string(),
  arrivalNumber: z.number().int().nullable(),
  arrivalDate: z.string(),
  year: z.number().int(),
  soKyHieu: z.string().nullable(),
  typeName: z.string(),
  organName: z.string(),
  subject: z.string(),
  urgency: UrgencySchema,
  medium: z.enum(['giay', 'dien-tu']),
  /** True when the document came through the hub (statuses 04/05/06 follow the workflow). */
  viaHub: z.boolean(),
  state: WorkflowStateSchema,
  /** The steps the caller may record next: the state machine's, trimmed to an assignee's own (tiến độ, hoàn thành). */
  allowedSteps: z.array(WorkflowStepKindSchema),
  deadline: DeadlineSchema.nullable(),
  deadlineStatus: DeadlineStatusSchema,
  /** Last direction: leader, text, chủ trì, phối hợp, để biết, per-unit deadlines. */
  direction: z
    .object({
      decidedBy: PartyRefOutSchema.nullable(),
      text: z.string().nullable(),
      chuTri: PartyRefOutSchema,
      phoiHop: z.array(PartyRefOutSchema),
      deBiet: z.array(PartyRefOutSchema),
      unitDeadlines: z.array(z.object({ party: PartyRefOutSchema, dueDate: z.string() })),
      at: z.string(),
    })
    .nullable(),
  /** Last direction of the unit leader (Phụ lục IV.VII box 2): who, the text, the officer given it, their deadline. */
  unitDirection: z
    .object({
      decidedBy: PartyRefOutSchema,
      text: z.string(),
      assignee: PartyRefOutSchema.nullable(),
      dueDate: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  presentedTo: PartyRefOutSchema.nullable(),
  /** Đơn vị hoặc người nhận, Ngày chuyển: as the sổ đến prints them. */
  handedTo: z.string().nullable(),
  handedOn: z.string().nullable(),
  completion: z
    .object({
      how: CompletionKindSchema,
      on: z.string(),
      reason: z.string().nullable(),
      reply: z.object({ entryId: z.string(), soKyHieu: z.string().nullable(), issuedDate: z.string().nullable() }).nullable(),
    })
    .nullable(),
  steps: z.array(StepSchema),
});
export type WorkflowView = z.output<typeof WorkflowViewSchema>;

export const workflowGet = defineOperation({
  name: 'workflow.get',
  kind: 'query',
  input: z.object({ entryId: EntryId }).strict(),
  output: WorkflowViewSchema,
  summary: 'An incoming document: state, allowed steps, deadline and its status, direction, hand-over, completion and every step.',
});

export const workflowStep = defineOperation({
  name: 'workflow.step',
  kind: 'command',
  input: z
    .object({
      entryId: EntryId,
      step: StepInputSchema,
      /** The step the clerk saw last (optimistic check): refused with Conflict if another was recorded since. */
      expectedSeq: z.number().int().min(0).optional(),
    })
    .strict(),
  output: WorkflowViewSchema,
  summary:
    'Records one step (trình, chỉ đạo, chuyển thẳng, chuyển, ý kiến lãnh đạo đơn vị, tiến độ, gia hạn, hoàn thành, mở lại, thu hồi); audited; all-or-nothing.',
});

export const TODO_LISTS = ['cho-trinh', 'cho-chuyen', 'sap-den-han', 'qua-han', 'chua-tra-loi'] as const;
export type TodoList = (typeof TODO_LISTS)[number];

export const TodoItemSchema = z.object({
  entryId: z.string(),
  arrivalNumber: z.number().int().nullable(),
  arrivalDate: z.string(),
  soKyHieu: z.string().nullable(),
  organName: z.string(),
  subject: z.string(),
  urgency: UrgencySchema,
  state: WorkflowStateSchema,
  dueDate: z.string().nullable(),
  deadlineStatus: DeadlineStatusSchema,
  handedTo: z.string().nullable(),
  viaHub: z.boolean(),
});
export type TodoItem = z.output<typeof TodoItemSchema>;

export const TodoCountsSchema = z.object({
  'cho-trinh': z.number().int(),
  'cho-chuyen': z.number().int(),
  'sap-den-han': z.number().int(),
  'qua-han': z.number().int(),
  'chua-tra-loi': z.number().int(),
});

/**
 * Việc cần làm. chờ trình: registered, not yet presented (urgent first, then oldest); chờ chuyển:
 * directed, not handed over; sắp đến hạn: open, due between today and today + N working days;
 * quá hạn: open, due before today; chưa có trả lời: handed over and not completed.
 */
export const workflowTodo = defineOperation({
  name: 'workflow.todo',
  kind: 'query',
  input: z
    .object({
      /** Which lists to return a first page of (default all). */
      lists: z.array(z.enum(TODO_LISTS)).optional(),
      limit: z.number().int().min(1).max(200).optional().default(20),
    })
    .strict(),
  output: z.object({
    today: z.string(),
    soonUntil: z.string(),
    counts: TodoCountsSchema,
    lists: z.record(z.string(), z.array(TodoItemSchema)),
  }),
  summary:
    'Việc cần làm: counts (chờ trình, chờ chuyển, sắp đến hạn, quá hạn, chưa có trả lời) and the first page of each list, urgent first.',
});

export const workflowTodoList = defineOperation({
  name: 'workflow.todoList',
  kind: 'query',
  input: z
    .object({
      list: z.enum(TODO_LISTS, { error: inputText('input.todoList', { lists: TODO_LISTS.join(', ') }) }),
      limit: z.number().int().min(1).max(500).optional().default(50),
      offset: z.number().int().min(0).max(10_000_000).optional().default(0),
    })
    .strict(),
  output: z.object({ list: z.enum(TODO_LISTS), total: z.number().int(), items: z.array(TodoItemSchema) }),
  summary: 'One Việc cần làm list, paged, urgent first.',
});

export const WorkflowSettingsSchema = z
  .object({
    /** "Sắp đến hạn": due within this many working days (default 2). */
    soonWorkingDays: z.number().int().min(0).max(30).default(2),
    /** Default resolution time in working days when neither sender nor leader gives one; null = none. */
    defaultWorkingDays: z.number().int().min(1).max(365).nullable().default(null),
    /** Per urgency (khẩn, thượng khẩn, hỏa tốc) and per document type code ("CV", "QĐ"); urgency wins. */
    byUrgency: z.record(z.string().max(20), z.number().int().min(0).max(365)).default({}),
    byTypeCode: z.record(z.string().max(20), z.number().int().min(1).max(365)).default({}),
  })
  .strict();
export type WorkflowSettings = z.output<typeof WorkflowSettingsSchema>;

export const workflowGetSettings = defineOperation({
  name: 'workflow.getSettings',
  kind: 'query',
  input: z.object({}).strict(),
  output: WorkflowSettingsSchema,
  summary: 'Sắp đến hạn window and default deadlines per urgency and per type.',
});

export const workflowSaveSettings = defineOperation({
  name: 'workflow.saveSettings',
  kind: 'command',
  input: WorkflowSettingsSchema,
  output: WorkflowSettingsSchema,
  summary: 'Saves the sắp đến hạn window and default deadlines; audited.',
});

export const workflowOperations = [
  workflowGet,
  workflowStep,
  workflowTodo,
  workflowTodoList,
  workflowGetSettings,
  workflowSaveSettings,
  workflowFollowUp,
  workflowHandlingTally,
] as const;

export const workflowChanged = defineEvent({
  name: 'workflow.changed',
  payload: z.object({ entryId: z.string(), kind: WorkflowStepKindSchema, state: WorkflowStateSchema }),
  summary: 'A step was recorded for an incoming document (refresh its detail and the Việc cần làm badges).',
});

export const workflowOverdue = defineEvent({
  name: 'workflow.overdue',
  payload: z.object({
    /** Documents that became overdue since the last check (for a desktop notification). */
    entries: z.array(
      z.object({ entryId: z.string(), arrivalNumber: z.number().int().nullable(), subject: z.string(), dueDate: z.string() }),
    ),
    total: z.number().int(),
  }),
  summary: 'Documents became overdue (checked periodically and after each step).',
});

export const workflowEvents = [workflowChanged, workflowOverdue] as const;
