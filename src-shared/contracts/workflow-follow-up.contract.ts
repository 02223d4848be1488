/**
 * The workflow's reads for the books: rows of the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV,
 * 7 columns) rebuilt from the steps as at a date, and the tally of tình hình giải quyết by chủ trì.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { DeadlineStatusSchema, PartyRefOutSchema, WorkflowStateSchema } from './workflow-step.contract';
import { inputText, wordCode } from './input-text';

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
      from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: inputText('input.tallyFromForm') }),
      to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: inputText('input.tallyToForm') }),
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
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: inputText('input.tallyDateForm', { field: wordCode(label, 'dateField'), tag: field }),
  });

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
