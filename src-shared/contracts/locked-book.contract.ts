/**
 * What the Phụ lục IV books that are not registers (sổ theo dõi giải quyết văn bản đến, sổ gửi văn
 * bản đi bưu điện) share in their operations: printing a period (a preview, or locked as the next
 * quyển số of the year), reprinting a locked volume byte for byte, and the list of locked volumes.
 * Each book declares its operations with these schemas; only the book's name in messages differs.
 */
import { z } from 'zod';
import { checkRange, PaperSchema, StoredOutputSchema } from './books.contract';
import { optionalDate } from './register-fields.contract';
import { inputIssue, wordCode } from './input-text';

export const LockedVolumeSchema = z.object({
  id: z.string(),
  Year: z.number().int(),
  VolumeNo: z.number().int(),
  DateFrom: z.string(),
  DateTo: z.string(),
  Entries: z.number().int(),
  Pages: z.number().int(),
  PdfSha256: z.string(),
  FontName: z.string(),
  LockedAt: z.string(),
  LockedBy: z.string(),
});
export type LockedVolume = z.output<typeof LockedVolumeSchema>;

/** The print input of a book; `bookName` ("sổ theo dõi") names it in the message of a missing date. */
export function lockedBookPrintInput(bookName: string) {
  const book = wordCode(bookName, 'bookName');
  return z
    .object({
      From: optionalDate('Từ ngày', 'From'),
      To: optionalDate('Đến ngày', 'To'),
      /** Reprints a locked volume of this year (with Volume) byte for byte. */
      Year: z.number().int().min(1945).max(2100).optional(),
      Volume: z.number().int().min(1).max(999).optional(),
      Paper: PaperSchema.optional().default('a4'),
      /** Lock the period as the next quyển số of the year (only a period that has ended). */
      Lock: z.boolean().optional().default(false),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.Volume !== undefined && !v.Lock) {
        if (v.Year === undefined && v.From == null) ctx.addIssue({ code: 'custom', path: ['Year'], ...inputIssue('input.reprintYear') });
        return;
      }
      if (v.From == null || v.To == null) {
        ctx.addIssue({ code: 'custom', path: [v.From == null ? 'From' : 'To'], ...inputIssue('input.bookDates', { book }) });
      }
      checkRange(v, ctx);
    });
}

export const LockedBookPrintOutputSchema = z.object({
  File: StoredOutputSchema,
  Pages: z.number().int(),
  Entries: z.number().int(),
  Volume: LockedVolumeSchema.nullable(),
  /** 'generated' (preview or new lock), 'regenerated' (reprint, same SHA-256) or 'stored' (reprint from the kept PDF). */
  Source: z.enum(['generated', 'regenerated', 'stored']),
});
export type LockedBookPrintOutput = z.output<typeof LockedBookPrintOutputSchema>;

/** The locked volumes of a book, of one year or all, newest first. */
export const LockedVolumesInputSchema = z.object({ Year: z.number().int().min(1945).max(2100).optional() }).strict();
