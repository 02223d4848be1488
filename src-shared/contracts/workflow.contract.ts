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
 */
import { z } from 'zod';
import { defineEvent, defineOperation } from '../rpc/define';
import {
  COMPLETION_KINDS,
  DEADLINE_SOURCES,
  DEADLINE_STATUSES,
  WORKFLOW_STATES,
  WORKFLOW_STEPS,
  type CompletionKind,
  type DeadlineSource,
  type DeadlineStatus,
  type WorkflowState,
  type WorkflowStepKind,
} from '../domain/workflow';
import { optionalDate, optionalText, requiredText, UrgencySchema } from './register-fields.contract';

export const WorkflowStateSchema = z.enum(WORKFLOW_STATES as unknown as [WorkflowState, ...WorkflowState[]]);
export const WorkflowStepKindSchema = z.enum(WORKFLOW_STEPS as unknown as [WorkflowStepKind, ...WorkflowStepKind[]]);
export const DeadlineSourceSchema = z.enum(DEADLINE_SOURCES as unknown as [DeadlineSource, ...DeadlineSource[]]);
export const DeadlineStatusSchema = z.enum(DEADLINE_STATUSES as unknown as [DeadlineStatus, ...DeadlineStatus[]]);
export const CompletionKindSchema = z.enum(COMPLETION_KINDS as unknown as [CompletionKind, ...CompletionKind[]], {
  error: 'Cách hoàn thành phải là "tra-loi" (có văn bản trả lời), "luu-de-biet" hoặc "khong-giai-quyet".',
});

const EntryId = z.string({ error: 'Thiếu mã văn bản đến (entryId).' }).min(1, { error: 'Thiếu mã văn bản đến (entryId).' }).max(64);

/** A unit or person of the directory, by id (autocomplete) or by name as typed (resolved, folded). */
export const PartyRefSchema = z
  .object({
    kind: z.enum(['unit', 'person'], { error: 'Nơi nhận phải là đơn vị (unit) hoặc cá nhân (person).' }),
    id: z.string().max(64).optional(),
    name: z.string().max(200).optional(),
  })
  .strict()
  .refine((r) => (r.id ?? '').trim() !== '' || (r.name ?? '').trim() !== '', {
    error: 'Cần chọn đơn vị hoặc cá nhân trong danh bạ (id) hoặc ghi tên (name).',
  });
export type PartyRefInput = z.input<typeof PartyRefSchema>;

/** A resolved reference as stored in a step: id plus the name at the time (kept if renamed later). */
export const PartyRefOutSchema = z.object({ kind: z.enum(['unit', 'person']), id: z.string(), name: z.string() });
export type PartyRef = z.output<typeof PartyRefOutSchema>;

const Parties = (label: string) =>
  z
    .array(PartyRefSchema, { error: `${label} phải là danh sách đơn vị/cá nhân.` })
    .max(50, { error: `${label}: tối đa 50 đơn vị/cá nhân.` })
    .optional()
    .default([]);

/** When the step happened (decided or handed over); default now. ISO date or date-time. */
const At = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    error: 'Thời điểm (at) phải có dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM.',
  })
  .optional();

const Note = (label: string, max: number) => optionalText(label, 'note', max, true);
const Reason = (label: string) => requiredText(label, 'reason', 1000);
const Due = (label: string) => optionalDate(label, 'dueDate');
const WorkingDays = z
  .number({ error: 'Số ngày làm việc phải là số.' })
  .int({ error: 'Số ngày làm việc phải là số nguyên.' })
  .min(0, { error: 'Số ngày làm việc không được âm.' })
  .max(3650, { error: 'Số ngày làm việc tối đa 3650.' })
  .optional();

/** The payload of each step kind. Stored as the step's JSON payload (after resolution of refs). */
export const StepInputSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('trinh'),
        /** The leader it is presented to. */
        leader: PartyRefSchema,
        at: At,
        note: Note('Ghi chú', 1000),
      })
      .strict(),
    z
      .object({
        kind: z.literal('chi-dao'),
        /** The leader who gave the direction (default: the leader it was presented to). */
        decidedBy: PartyRefSchema.optional(),
        direction: requiredText('Ý kiến chỉ đạo', 'direction', 2000),
        chuTri: PartyRefSchema,
        phoiHop: Parties('Đơn vị phối hợp'),
        deBiet: Parties('Đơn vị để biết'),
        /** Deadline for the whole document: a date, or N working days from the direction's date. */
        dueDate: Due('Hạn giải quyết'),
        dueInWorkingDays: WorkingDays,
        /** Per-unit deadlines where the leader gives them. */
        unitDeadlines: z
          .array(
            z
              .object({
                party: PartyRefSchema,
                dueDate: optionalDate('Hạn của đơn vị', 'unitDeadlines.dueDate').pipe(
                  z.string({ error: 'Hạn của đơn vị (unitDeadlines.dueDate) là bắt buộc.' }),
                ),
              })
              .strict(),
          )
          .max(50)
          .optional()
          .default([]),
        at: At,
      })
      .strict(),
    z
      .object({
        kind: z.literal('chuyen-thang'),
        /** The rule (quy chế) that names the unit, e.g. "Quy chế làm việc, Điều 12". */
        basis: optionalText('Căn cứ chuyển thẳng', 'basis', 500),
        chuTri: PartyRefSchema,
        phoiHop: Parties('Đơn vị phối hợp'),
        deBiet: Parties('Đơn vị để biết'),
        at: At,
      })
      .strict(),
    z
      .object({
        kind: z.literal('chuyen'),
        /** Ngày chuyển (default today). */
        date: optionalDate('Ngày chuyển', 'date'),
        /** Default: chủ trì, phối hợp and để biết of the last direction. */
        recipients: Parties('Đơn vị hoặc người nhận'),
        method: z.enum(['giay-ky-nhan', 'dien-tu'], { error: 'Cách chuyển phải là "giay-ky-nhan" (bản giấy, ký nhận) hoặc "dien-tu".' }),
        /** Who signed for the paper copy. */
        receivedBy: optionalText('Người ký nhận', 'receivedBy', 100),
        note: Note('Ghi chú', 1000),
      })
      .strict(),
    z
      .object({
        kind: z.literal('y-kien-don-vi'),
        /** The unit leader (trưởng phòng…) who wrote box 2 of the phiếu: a directory person. */
        decidedBy: PartyRefSchema,
        direction: requiredText('Ý kiến của lãnh đạo đơn vị', 'direction', 2000),
        /** Giao cho cá nhân: the officer who handles it (a directory person). */
        assignee: PartyRefSchema.optional(),
        /** Thời hạn giải quyết đối với cá nhân (needs the assignee). */
        dueDate: Due('Thời hạn giải quyết đối với cá nhân'),
        at: At,
      })
      .strict(),
    z.object({ kind: z.literal('tien-do'), note: requiredText('Tiến độ giải quyết', 'note', 2000), at: At }).strict(),
    z
      .object({
        kind: z.literal('gia-han'),
        dueDate: Due('Hạn mới'),
        dueInWorkingDays: WorkingDays,
        reason: Reason('Lý do gia hạn'),
        decidedBy: PartyRefSchema.optional(),
        at: At,
      })
      .strict(),
    z
      .object({
        kind: z.literal('hoan-thanh'),
        how: CompletionKindSchema,
        /** For "tra-loi": the outgoing entry (văn bản đi) of this register that answers it. */
        replyEntryId: z.string().max(64).optional(),
        /** Required for "khong-giai-quyet". */
        reason: optionalText('Lý do', 'reason', 1000),
        at: At,
      })
      .strict(),
    z.object({ kind: z.literal('mo-lai'), reason: Reason('Lý do mở lại'), at: At }).strict(),
    z.object({ kind: z.literal('thu-hoi'), reason: Reason('Lý do thu hồi'), at: At }).strict(),
  ],
  { error: `Bước xử lý (kind) phải là một trong: ${WORKFLOW_STEPS.join(', ')}.` },
);
export type StepInput = z.input<typeof StepInputSchema>;
export type StepRecord = z.output<typeof StepInputSchema>;

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
      list: z.enum(TODO_LISTS, { error: `Danh sách phải là một trong: ${TODO_LISTS.join(', ')}.` }),
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

/** One row of the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV, 7 columns), data only. */
export const FollowUpRowSchema = z.object({
  entryId: z.string(),
  /** (1) Số đến. */
  arrivalNumber: z.number().int().nullable(),
  arrivalDate: z.string(),
  /** (2) Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản. */
  document: z.string(),
  /** (3) Đơn vị hoặc người nhận. */
  handedTo: z.string().nullable(),
  /** (4) Thời hạn giải quyết (dd/mm/yyyy; extensions kept: "20/12/2026 (gia hạn từ 15/12/2026)"). */
  deadline: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** (5) Tiến độ giải quyết: notes and the state as at the date asked. */
  progress: z.string(),
  /** (6) Số, ký hiệu văn bản trả lời. */
  replySoKyHieu: z.string().nullable(),
  /** (7) Ghi chú. */
  note: z.string().nullable(),
  state: WorkflowStateSchema,
  deadlineStatus: DeadlineStatusSchema,
  /** Chủ trì unit id (for reports by unit). */
  chuTriUnitId: z.string().nullable(),
  chuTriName: z.string().nullable(),
});
export type FollowUpRow = z.output<typeof FollowUpRowSchema>;

export const workflowFollowUp = defineOperation({
  name: 'workflow.followUp',
  kind: 'query',
  input: z
    .object({
      /** Arrival dates from..to inclusive (YYYY-MM-DD). */
      from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Từ ngày (from) phải có dạng YYYY-MM-DD.' }),
      to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Đến ngày (to) phải có dạng YYYY-MM-DD.' }),
      /** The state as at this date (default today): steps recorded after it are left out. */
      asOf: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      limit: z.number().int().min(1).max(100_000).optional().default(10_000),
      offset: z.number().int().min(0).optional().default(0),
    })
    .strict(),
  output: z.object({ total: z.number().int(), rows: z.array(FollowUpRowSchema) }),
  summary: 'Rows of the Sổ theo dõi giải quyết văn bản đến for documents arrived in a period, rebuilt from the steps as at a date.',
});

const TallyDate = (label: string, field: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} (${field}) phải có dạng YYYY-MM-DD.` });

export const HandlingTallyRowSchema = z.object({
  /** The chủ trì of the last direction (unit or person), or null when none was given yet. */
  chuTri: PartyRefOutSchema.nullable(),
  received: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
});
export type HandlingTallyRow = z.output<typeof HandlingTallyRowSchema>;

export const workflowHandlingTally = defineOperation({
  name: 'workflow.handlingTally',
  kind: 'query',
  input: z.object({ from: TallyDate('Từ ngày', 'from'), to: TallyDate('Đến ngày', 'to') }).strict(),
  output: z.object({ asOf: z.string(), rows: z.array(HandlingTallyRowSchema) }),
  summary:
    'Documents arrived in a period counted by chủ trì as at today (received, completed on time / late, in progress, overdue), from the current state of each — one indexed query, not a replay of the steps.',
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
