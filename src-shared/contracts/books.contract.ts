/**
 * Register books (Nghị định 30/2020 Phụ lục IV), reports, and spreadsheet export / import.
 *
 * Invariants the operations keep:
 * - A book covers one direction and ONE calendar year: a date range across two years is refused.
 * - Quyển số counts within (direction, year) from 1 without gaps. A locked volume keeps its
 *   snapshot (the printed rows) and the SHA-256 of its PDF; printing it again gives the same bytes.
 * - An entry belongs to at most one locked volume. A correction or cancellation made after the
 *   lock, and an entry registered late into a locked date range, are recorded as amendments and
 *   printed (Ghi chú) in the next locked volume of that direction.
 * - An empty range prints the cover and one explicit "không có văn bản" row (it is not refused).
 * - Import (books-import.contract.ts) is all-or-nothing per file unless SkipBadRows.
 * - PDFs and spreadsheets travel by id: they are put in the file store and returned as sha256.
 */
import { z } from 'zod';
import { defineEvent, defineOperation } from '../rpc/define';
import { checkYearOrTerm, TermRefSchema, type TermRef } from './agency.contract';
import { DirectionSchema } from './register.contract';
import { optionalDate } from './register-fields.contract';
import { booksImport, booksImportPreview } from './books-import.contract';
import { inputFieldCode, inputIssue, inputText } from './input-text';
import type { ErrorParams } from '../rpc/error-texts/fill';
import type { InputTextKey } from '../rpc/error-texts/input';

export const PaperSchema = z.enum(['a4', 'a3'], { error: inputText('input.paper') });
const YearSchema = z
  .number({ error: inputText('input.yearNotNumber') })
  .int({ error: inputText('input.yearNotWhole') })
  .min(1945, { error: inputText('input.yearInvalid') })
  .max(2100, { error: inputText('input.yearInvalid') });

const NumberBound = (label: string) =>
  z
    .number({ error: inputText('input.boundNotNumber', { field: inputFieldCode(label) }) })
    .int({ error: inputText('input.boundNotWhole', { field: inputFieldCode(label) }) })
    .min(1, { error: inputText('input.boundBelowOne', { field: inputFieldCode(label) }) })
    .max(9_999_999, { error: inputText('input.boundTooLarge', { field: inputFieldCode(label) }) });

/** The part of a book chosen by the clerk: a date range, a number range, or both, inside one year. */
const rangeShape = {
  Direction: DirectionSchema,
  From: optionalDate('Từ ngày', 'From'),
  To: optionalDate('Đến ngày', 'To'),
  /** Needed for a number range without dates; otherwise taken from From/To. */
  Year: YearSchema.optional(),
  /** A Party body's term (id or name) instead of a year: period = the term's dates, its own series. */
  Term: TermRefSchema.optional(),
  NumberFrom: NumberBound('Từ số (NumberFrom)').optional(),
  NumberTo: NumberBound('Đến số (NumberTo)').optional(),
  /** Outgoing only: one number series ('hanh-chinh', a type code, 'ban-sao'); all series when absent. */
  Series: z.string().min(1).max(40).optional(),
};

type RangeLike = {
  From?: string | null | undefined;
  To?: string | null | undefined;
  Year?: number | undefined;
  Term?: TermRef | undefined;
  NumberFrom?: number | undefined;
  NumberTo?: number | undefined;
};

/** Shared checks of a range, with messages a clerk can act on; used by every book operation. */
export function checkRange(v: RangeLike, ctx: z.RefinementCtx, required = true): void {
  const issue = (path: string, key: InputTextKey, params?: ErrorParams) =>
    ctx.addIssue({ code: 'custom', path: [path], ...inputIssue(key, params) });
  if ((v.From == null) !== (v.To == null)) issue(v.From == null ? 'From' : 'To', 'input.rangeBothDates');
  if (v.From != null && v.To != null) {
    if (v.From > v.To) issue('To', 'input.rangeReversed', { from: v.From, to: v.To });
    const y1 = Number(v.From.slice(0, 4));
    const y2 = Number(v.To.slice(0, 4));
    if (y1 !== y2) issue('To', 'input.rangeTwoYears', { from: v.From, to: v.To, year1: y1, year2: y2 });
    if (v.Year !== undefined && v.Year !== y1) issue('Year', 'input.rangeOtherYear', { year: v.Year, from: v.From, to: v.To });
  }
  if ((v.NumberFrom === undefined) !== (v.NumberTo === undefined)) issue('NumberTo', 'input.rangeBothNumbers');
  if (v.NumberFrom !== undefined && v.NumberTo !== undefined && v.NumberFrom > v.NumberTo) {
    issue('NumberTo', 'input.rangeNumbersReversed', { from: v.NumberFrom, to: v.NumberTo });
  }
  checkYearOrTerm(v, ctx);
  if (required && v.From == null && v.Year === undefined && v.Term === undefined) issue('From', 'input.rangeMissing');
}

export const StoredOutputSchema = z.object({
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  /** Suggested file name for saving ("so-den-2026-quyen-1.pdf"). */
  fileName: z.string(),
  /** Set when no antivirus verdict was had and the agency lets such files through ("warn"). */
  avWarning: z.string().optional(),
});
export type StoredOutput = z.output<typeof StoredOutputSchema>;

export const VolumeSchema = z.object({
  id: z.string(),
  Direction: DirectionSchema,
  Year: z.number().int(),
  VolumeNo: z.number().int(),
  Series: z.string().nullable(),
  DateFrom: z.string().nullable(),
  DateTo: z.string().nullable(),
  NumberFrom: z.number().int().nullable(),
  NumberTo: z.number().int().nullable(),
  /** Numbers printed on the cover ("Từ số … đến số …"), null for an empty volume. */
  FirstNumber: z.string().nullable(),
  LastNumber: z.string().nullable(),
  Entries: z.number().int(),
  /** Amendment and late-entry rows printed in this volume for earlier volumes. */
  AmendmentRows: z.number().int(),
  Paper: PaperSchema,
  Pages: z.number().int(),
  PdfSha256: z.string(),
  PdfSize: z.number().int(),
  FontName: z.string(),
  LockedAt: z.string(),
  LockedBy: z.string(),
});
export type Volume = z.output<typeof VolumeSchema>;

export const AmendmentSchema = z.object({
  id: z.string(),
  EntryId: z.string(),
  Kind: z.enum(['correction', 'cancellation', 'late-entry']),
  /** Quyển số (and id) of the locked volume the entry was printed in, or whose range it falls in. */
  VolumeNo: z.number().int(),
  VolumeId: z.string(),
  Year: z.number().int(),
  Number: z.number().int(),
  Summary: z.string(),
  DetectedAt: z.string(),
  /** Null until a later locked volume prints it. */
  ReportedInVolumeNo: z.number().int().nullable(),
});
export const booksPrint = defineOperation({
  name: 'books.print',
  kind: 'command',
  input: z
    .object({
      ...rangeShape,
      Paper: PaperSchema.optional().default('a4'),
      /** Quyển số: an existing locked volume is reprinted from its snapshot; with Lock, the number to give. */
      Volume: z.number().int().min(1).max(999).optional(),
      /** Lock the range as the next volume of the year (for binding). */
      Lock: z.boolean().optional().default(false),
    })
    .strict()
    .superRefine((v, ctx) => checkRange(v, ctx, v.Volume === undefined || v.Lock)),
  output: z.object({
    File: StoredOutputSchema,
    Pages: z.number().int(),
    Entries: z.number().int(),
    /** True when the range holds no document: the book has the cover and one "không có văn bản" row. */
    Empty: z.boolean(),
    AmendmentRows: z.number().int(),
    Volume: VolumeSchema.nullable(),
    /** 'generated' (new draft or new lock), 'regenerated' (reprint, same SHA-256) or 'stored' (reprint from the kept PDF). */
    Source: z.enum(['generated', 'regenerated', 'stored']),
    FontName: z.string(),
  }),
  summary:
    'Prints a Sổ đăng ký văn bản đến/đi (Phụ lục IV) for a date or number range; Lock makes it the next quyển số; Volume reprints a locked one byte for byte.',
});

export const booksVolumes = defineOperation({
  name: 'books.volumes',
  kind: 'query',
  input: z
    .object({ Direction: DirectionSchema.optional(), Year: YearSchema.optional(), Term: TermRefSchema.optional() })
    .strict()
    .superRefine(checkYearOrTerm),
  output: z.object({
    items: z.array(VolumeSchema),
    /** Corrections, cancellations and late entries not yet printed in a locked volume. */
    pending: z.array(AmendmentSchema),
    /** Quyển số the next lock would take, per direction, for the year asked (or this year). */
    next: z.object({ den: z.number().int(), di: z.number().int(), Year: z.number().int() }),
  }),
  summary: 'Locked volumes, newest first, with the amendments waiting for the next volume.',
});

export const ReportPeriodSchema = z
  .object({
    /** The year of the period, or (Party body) a Term instead: its whole period. */
    Year: YearSchema.optional(),
    Term: TermRefSchema.optional(),
    Month: z.number().int().min(1).max(12).optional(),
    Quarter: z.number().int().min(1).max(4).optional(),
    From: optionalDate('Từ ngày', 'From'),
    To: optionalDate('Đến ngày', 'To'),
  })
  .strict()
  .superRefine((v, ctx) => {
    const chosen = [v.Month !== undefined, v.Quarter !== undefined, v.From != null || v.To != null].filter(Boolean).length;
    if (chosen > 1) ctx.addIssue({ code: 'custom', path: ['Month'], ...inputIssue('input.reportOnePeriod') });
    checkRange(v, ctx, false);
    if (v.Year === undefined && v.Term === undefined) {
      ctx.addIssue({ code: 'custom', path: ['Year'], ...inputIssue('input.reportYearMissing') });
    }
    if (v.Term !== undefined && chosen > 0) {
      ctx.addIssue({ code: 'custom', path: ['Term'], ...inputIssue('input.reportTermWhole') });
    }
  });
export type ReportPeriod = z.output<typeof ReportPeriodSchema>;

const CountRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

export const DirectionStatsSchema = z.object({
  Total: z.number().int(),
  Cancelled: z.number().int(),
  Paper: z.number().int(),
  Electronic: z.number().int(),
  ByType: z.array(CountRow),
  ByUrgency: z.array(CountRow),
  /** Incoming: by sender (Tác giả); outgoing: by recipient (Nơi nhận). Top 15, then "Khác". */
  ByOrgan: z.array(CountRow),
});
export type DirectionStats = z.output<typeof DirectionStatsSchema>;

export const ReportSchema = z.object({
  From: z.string(),
  To: z.string(),
  /** "Quý I năm 2026", "Tháng 3 năm 2026", "Năm 2026", "Từ ngày … đến ngày …". */
  Label: z.string(),
  Incoming: DirectionStatsSchema,
  Outgoing: DirectionStatsSchema,
  ByMonth: z.array(z.object({ Month: z.number().int(), Incoming: z.number().int(), Outgoing: z.number().int() })),
});
export type Report = z.output<typeof ReportSchema>;

export const booksReport = defineOperation({
  name: 'books.report',
  kind: 'query',
  input: ReportPeriodSchema,
  output: ReportSchema,
  summary: 'Statistics of incoming and outgoing documents for a month, quarter, year or date range.',
});

export const booksReportPdf = defineOperation({
  name: 'books.reportPdf',
  kind: 'command',
  input: ReportPeriodSchema,
  output: z.object({ File: StoredOutputSchema, Pages: z.number().int(), Report: ReportSchema }),
  summary: 'The same statistics as a PDF report (A4 portrait), put in the file store.',
});

export const ExportFormatSchema = z.enum(['xlsx', 'csv'], { error: inputText('input.exportFormat') });

export const booksExport = defineOperation({
  name: 'books.export',
  kind: 'command',
  input: z
    .object({ Direction: DirectionSchema, Year: YearSchema.optional(), Term: TermRefSchema.optional(), Format: ExportFormatSchema })
    .strict()
    .superRefine((v, ctx) => {
      checkYearOrTerm(v, ctx);
      if (v.Year === undefined && v.Term === undefined) {
        ctx.addIssue({ code: 'custom', path: ['Year'], ...inputIssue('input.exportYearMissing') });
      }
    }),
  output: z.object({ File: StoredOutputSchema, Rows: z.number().int() }),
  summary: 'Exports a register year to .xlsx or CSV (UTF-8 with BOM) with the book columns; re-importable.',
});

export const booksOperations = [
  booksPrint,
  booksVolumes,
  booksReport,
  booksReportPdf,
  booksExport,
  booksImportPreview,
  booksImport,
] as const;

export const booksProgressed = defineEvent({
  name: 'books.progressed',
  payload: z.object({ task: z.enum(['print', 'import', 'export']), done: z.number().int(), total: z.number().int() }),
  summary: 'Progress of a long book print, import or export (pages or rows).',
});

export const booksEvents = [booksProgressed] as const;
