/**
 * The steps of an incoming document's workflow as given (Nghị định 30/2020 Điều 23–24): the state,
 * step, deadline and completion enums, directory references, and the payload of each step kind.
 * Units and people are named by directory reference: `{ kind, id }` (autocomplete) or `{ kind, name }`
 * (CLI, typed), resolved by the service to `{ kind, id, name }` (see workflow.contract.ts).
 */
import { z } from 'zod';
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
import { optionalDate, optionalText, requiredText } from './register-fields.contract';
import { inputText, wordCode } from './input-text';

export const WorkflowStateSchema = z.enum(WORKFLOW_STATES as unknown as [WorkflowState, ...WorkflowState[]]);
export const WorkflowStepKindSchema = z.enum(WORKFLOW_STEPS as unknown as [WorkflowStepKind, ...WorkflowStepKind[]]);
export const DeadlineSourceSchema = z.enum(DEADLINE_SOURCES as unknown as [DeadlineSource, ...DeadlineSource[]]);
export const DeadlineStatusSchema = z.enum(DEADLINE_STATUSES as unknown as [DeadlineStatus, ...DeadlineStatus[]]);
export const CompletionKindSchema = z.enum(COMPLETION_KINDS as unknown as [CompletionKind, ...CompletionKind[]], {
  error: inputText('input.completion'),
});

/** A unit or person of the directory, by id (autocomplete) or by name as typed (resolved, folded). */
export const PartyRefSchema = z
  .object({
    kind: z.enum(['unit', 'person'], { error: inputText('input.partyKind') }),
    id: z.string().max(64).optional(),
    name: z.string().max(200).optional(),
  })
  .strict()
  .refine((r) => (r.id ?? '').trim() !== '' || (r.name ?? '').trim() !== '', {
    error: inputText('input.partyRef'),
  });
export type PartyRefInput = z.input<typeof PartyRefSchema>;

/** A resolved reference as stored in a step: id plus the name at the time (kept if renamed later). */
export const PartyRefOutSchema = z.object({ kind: z.enum(['unit', 'person']), id: z.string(), name: z.string() });
export type PartyRef = z.output<typeof PartyRefOutSchema>;

const Parties = (label: string) =>
  z
    .array(PartyRefSchema, { error: inputText('input.partiesList', { role: wordCode(label, 'workflowRole') }) })
    .max(50, { error: inputText('input.partiesMax', { role: wordCode(label, 'workflowRole'), max: 50 }) })
    .optional()
    .default([]);

/** When the step happened (decided or handed over); default now. ISO date or date-time. */
const At = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    error: inputText('input.stepAt'),
  })
  .optional();

const Note = (label: string, max: number) => optionalText(label, 'note', max, true);
const Reason = (label: string) => requiredText(label, 'reason', 1000);
const Due = (label: string) => optionalDate(label, 'dueDate');
const WorkingDays = z
  .number({ error: inputText('input.workingDaysNotNumber') })
  .int({ error: inputText('input.workingDaysNotWhole') })
  .min(0, { error: inputText('input.workingDaysNegative') })
  .max(3650, { error: inputText('input.workingDaysMax') })
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
                  z.string({ error: inputText('input.unitDueRequired') }),
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
        method: z.enum(['giay-ky-nhan', 'dien-tu'], { error: inputText('input.handOverMethod') }),
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
  { error: inputText('input.stepKind', { steps: WORKFLOW_STEPS.join(', ') }) },
);
export type StepInput = z.input<typeof StepInputSchema>;
export type StepRecord = z.output<typeof StepInputSchema>;
