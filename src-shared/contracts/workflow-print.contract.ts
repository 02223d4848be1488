/**
 * The printed side of the incoming workflow (Phụ lục IV and Phụ lục VI Phần V): the Phiếu giải quyết
 * văn bản đến of one document, the Sổ theo dõi giải quyết văn bản đến of a period (locked volumes
 * like the other books: quyển số counts 1, 2, 3 … within a year, a locked volume reprints byte for
 * byte), and the report "tình hình giải quyết văn bản đến" by unit in charge.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { ReportPeriodSchema, StoredOutputSchema } from './books.contract';
import { LockedBookPrintOutputSchema, lockedBookPrintInput, LockedVolumeSchema, LockedVolumesInputSchema } from './locked-book.contract';
import { inputText } from './input-text';

export const booksPrintPhieu = defineOperation({
  name: 'books.printPhieu',
  kind: 'command',
  input: z
    .object({
      entryId: z
        .string({ error: inputText('input.entryIdMissing') })
        .min(1, { error: inputText('input.entryIdMissing') })
        .max(64),
    })
    .strict(),
  output: z.object({ File: StoredOutputSchema, Pages: z.number().int() }),
  summary: 'Prints the Phiếu giải quyết văn bản đến (Phụ lục IV.VII) of one incoming document, filled from its direction.',
});

export const booksPrintFollowUp = defineOperation({
  name: 'books.printFollowUp',
  kind: 'command',
  input: lockedBookPrintInput('sổ theo dõi'),
  output: LockedBookPrintOutputSchema,
  summary:
    'Prints the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV.VIII, 7 columns) for documents arrived in a period, as at today; Lock makes it the next quyển số.',
});

export const booksFollowUpVolumes = defineOperation({
  name: 'books.followUpVolumes',
  kind: 'query',
  input: LockedVolumesInputSchema,
  output: z.array(LockedVolumeSchema),
  summary: 'Locked volumes of the Sổ theo dõi giải quyết văn bản đến, newest first.',
});

export const HandlingRowSchema = z.object({
  /** Unit in charge (chủ trì) id, or null for documents not assigned yet. */
  UnitId: z.string().nullable(),
  Unit: z.string(),
  Received: z.number().int(),
  OnTime: z.number().int(),
  Late: z.number().int(),
  InProgress: z.number().int(),
  Overdue: z.number().int(),
});
export type HandlingRow = z.output<typeof HandlingRowSchema>;

export const HandlingReportSchema = z.object({
  From: z.string(),
  To: z.string(),
  Label: z.string(),
  AsOf: z.string(),
  Rows: z.array(HandlingRowSchema),
  Total: HandlingRowSchema,
});
export type HandlingReport = z.output<typeof HandlingReportSchema>;

export const booksHandlingReport = defineOperation({
  name: 'books.handlingReport',
  kind: 'query',
  input: ReportPeriodSchema,
  output: HandlingReportSchema,
  summary:
    'Tình hình giải quyết văn bản đến (Phụ lục VI Phần V.2) by unit in charge for documents arrived in a period: received, completed on time / late, in progress, overdue.',
});

export const booksHandlingReportFile = defineOperation({
  name: 'books.handlingReportFile',
  kind: 'command',
  input: z.object({ Period: ReportPeriodSchema, Format: z.enum(['pdf', 'xlsx'], { error: inputText('input.printFormat') }) }).strict(),
  output: z.object({ File: StoredOutputSchema, Report: HandlingReportSchema }),
  summary: 'The handling report as PDF (laid out like an administrative document) or xlsx.',
});

export const workflowPrintOperations = [
  booksPrintPhieu,
  booksPrintFollowUp,
  booksFollowUpVolumes,
  booksHandlingReport,
  booksHandlingReportFile,
] as const;
