/**
 * The post (bưu điện) side of outgoing documents: the Nơi nhận recipients of a registered outgoing
 * entry that were not served through the hub get paper. For each the clerk records the post sending
 * (date, postal receipt number, cost, envelopes, note), prints envelopes (bì, Phụ lục IV.II) and the
 * Sổ gửi văn bản đi bưu điện (Phụ lục IV.III, 6 columns, locked volumes like the other books).
 * A recipient is "served electronically" when the hub has a delivery for it (by mã định danh, else
 * by name); "Lưu: …" lines of the Nơi nhận are the agency's own copies and never go to the post.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { checkRange, StoredOutputSchema } from './books.contract';
import { optionalCount, optionalDate, optionalText, requiredText, UrgencySchema } from './register-fields.contract';
import { LockedBookPrintOutputSchema, lockedBookPrintInput, LockedVolumeSchema, LockedVolumesInputSchema } from './locked-book.contract';
import { inputIssue, inputText } from './input-text';

const EntryIdField = z
  .string({ error: inputText('input.postEntryId') })
  .min(1, { error: inputText('input.postEntryId') })
  .max(64);

export const PostRecipientSchema = z.object({
  EntryId: z.string(),
  SoKyHieu: z.string().nullable(),
  IssuedDate: z.string().nullable(),
  TypeName: z.string(),
  Subject: z.string(),
  Priority: UrgencySchema,
  Recipient: z.string(),
  OrganId: z.string().nullable(),
  /** 'hub': served through the trục liên thông (no paper); 'paper': goes by post. */
  Channel: z.enum(['hub', 'paper']),
  /** The address for the envelope: as recorded for this sending, else the last one used for this recipient. */
  Address: z.string().nullable(),
  /** The recorded post sending; null = not sent by post yet. */
  Sent: z
    .object({
      SentDate: z.string(),
      ReceiptNo: z.string().nullable(),
      Cost: z.number().int().nullable(),
      Envelopes: z.number().int(),
      Note: z.string().nullable(),
      RecordedAt: z.string(),
      RecordedBy: z.string(),
    })
    .nullable(),
});
export type PostRecipient = z.output<typeof PostRecipientSchema>;

export const postList = defineOperation({
  name: 'post.list',
  kind: 'query',
  input: z
    .object({
      /** One outgoing entry: all its Nơi nhận recipients, hub-served ones included (Channel 'hub'). */
      EntryId: EntryIdField.optional(),
      /** A period: paper recipients whose Ngày chuyển (else the document's date) falls in it. */
      From: optionalDate('Từ ngày', 'From'),
      To: optionalDate('Đến ngày', 'To'),
      /** Only recipients not sent yet. */
      Pending: z.boolean().optional().default(false),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.EntryId === undefined && (v.From == null || v.To == null)) {
        ctx.addIssue({ code: 'custom', path: ['From'], ...inputIssue('input.postEntryOrPeriod') });
      }
      checkRange(v, ctx, false);
    }),
  output: z.array(PostRecipientSchema),
  summary: 'Nơi nhận recipients of outgoing documents with their channel (hub or paper) and recorded post sending.',
});

export const PostRecordInput = z
  .object({
    EntryId: EntryIdField,
    /** The recipient as written in the Nơi nhận (matched without diacritics and case). */
    Recipient: requiredText('Nơi nhận', 'Recipient', 200),
    SentDate: optionalDate('Ngày chuyển', 'SentDate'),
    ReceiptNo: optionalText('Số biên lai bưu điện', 'ReceiptNo', 50),
    Cost: optionalCount('Cước phí (đồng)', 'Cost', 9),
    Envelopes: z
      .number({ error: inputText('input.envelopesNotNumber') })
      .int({ error: inputText('input.envelopesNotWhole') })
      .min(1, { error: inputText('input.envelopesMin', { min: 1 }) })
      .max(99, { error: inputText('input.envelopesMax', { max: 99 }) })
      .optional()
      .default(1),
    Address: optionalText('Địa chỉ nơi nhận', 'Address', 300),
    Note: optionalText('Ghi chú', 'Note', 500),
  })
  .strict();

export const postRecord = defineOperation({
  name: 'post.record',
  kind: 'command',
  input: PostRecordInput,
  output: PostRecipientSchema,
  summary:
    'Records the post sending of one paper recipient of an outgoing entry (a later record corrects an earlier one; both are kept and audited). SentDate defaults to today.',
});

export const postPrintBook = defineOperation({
  name: 'post.printBook',
  kind: 'command',
  input: lockedBookPrintInput('sổ gửi bưu điện'),
  output: LockedBookPrintOutputSchema,
  summary:
    'Prints the Sổ gửi văn bản đi bưu điện (Phụ lục IV.III, 6 columns, Ký nhận blank) for a period: one row per paper recipient; Lock makes it the next quyển số.',
});

export const postVolumes = defineOperation({
  name: 'post.volumes',
  kind: 'query',
  input: LockedVolumesInputSchema,
  output: z.array(LockedVolumeSchema),
  summary: 'Locked volumes of the Sổ gửi văn bản đi bưu điện, newest first.',
});

export const postEnvelopes = defineOperation({
  name: 'post.envelopes',
  kind: 'command',
  input: z
    .object({
      /** The paper recipients of one outgoing entry (all of them, or those named in Recipients). */
      EntryId: EntryIdField.optional(),
      Recipients: z
        .array(requiredText('Nơi nhận', 'Recipients', 200))
        .max(500)
        .optional(),
      /** A day's post: every paper recipient sent (Ngày chuyển) that day, else not yet sent and dated that day. */
      Date: optionalDate('Ngày gửi', 'Date'),
    })
    .strict()
    .superRefine((v, ctx) => {
      if ((v.EntryId === undefined) === (v.Date == null)) {
        ctx.addIssue({ code: 'custom', path: ['EntryId'], ...inputIssue('input.envelopeEntryOrDate') });
      }
    }),
  output: z.object({ File: StoredOutputSchema, Envelopes: z.number().int() }),
  summary: 'Envelopes (bì, Phụ lục IV.II) on DL paper (220 × 110 mm), one per page, for paper recipients of an entry or of a day.',
});

export const postOperations = [postList, postRecord, postPrintBook, postVolumes, postEnvelopes] as const;
