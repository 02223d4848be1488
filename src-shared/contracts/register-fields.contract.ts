/**
 * Field schemas of the register, named and bounded as in Nghị định 30/2020 Phụ lục VI Phần II
 * (input-data standard). Every message names the field in Vietnamese and by its Phụ lục VI tag, so
 * a clerk (and a script reading `details.fields`) knows exactly what to fix.
 */
import { z } from 'zod';
import {
  confidentialityFromLabel,
  isConfidentiality,
  isUrgency,
  parseDdMmYyyy,
  parseIsoDate,
  urgencyFromEdxmlPriority,
  urgencyFromLabel,
  CHANNEL_RESTRICTIONS,
  CONFIDENTIALITY_LEVELS,
  URGENCY_LEVELS,
  type ChannelRestriction,
  type Confidentiality,
  type Urgency,
} from '../domain';
import { domainErrAround, domainError, type DomainError } from '../domain/domain-result';
import { inputFieldCode, inputText, keyedIssue, wordCodeOf } from './input-text';

const oneLine = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const multiLine = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim();

/** The field named by `label` (its `inputField` word) and `tag`, as the params of its texts. */
const named = (label: string, tag: string) => ({ field: inputFieldCode(label), tag });

/** A required single-line text of at most `max` characters (Phụ lục VI "String, max"). */
export const requiredText = (label: string, tag: string, max: number) =>
  z
    .string({ error: inputText('input.required', named(label, tag)) })
    .transform(oneLine)
    .pipe(
      z
        .string()
        .min(1, { error: inputText('input.blank', named(label, tag)) })
        .max(max, { error: inputText('input.tooLong', { ...named(label, tag), max }) }),
    );

/**
 * Optional text: absent, null and blank all mean "not given" (stored as null). Built from
 * nullable/optional wrappers, not a union, so the clerk sees the field's own message rather
 * than zod's generic "Invalid input".
 */
export const optionalText = (label: string, tag: string, max: number, multi = false) =>
  z
    .string({ error: inputText('input.notText', named(label, tag)) })
    .nullable()
    .optional()
    .transform((s) => (s == null ? null : (multi ? multiLine : oneLine)(s)))
    .pipe(
      z
        .string()
        .max(max, { error: inputText('input.tooLong', { ...named(label, tag), max }) })
        .nullable()
        .transform((s) => (s === '' ? null : s)),
    );

/** The `dateField` code of a date field's Vietnamese label, if it has one. */
const dateFieldCode = (label: string) => wordCodeOf(label, 'dateField');

function readDate(s: string, label: string, tag: string, ctx: z.RefinementCtx): string {
  const t = s.trim();
  const r = /^\d{4}-/.test(t) ? parseIsoDate(t) : parseDdMmYyyy(t);
  // A field named in the dateField words: the issue carries its key and params (the router passes them
  // on in details.fields); any other keeps its Vietnamese message only.
  const field = dateFieldCode(label);
  const refuse = (e: DomainError) =>
    ctx.addIssue(
      field === undefined
        ? { code: 'custom', message: `${label} (${tag}): ${e.message}` }
        : { code: 'custom', ...keyedIssue(e.message, e.key, e.params) },
    );
  if (!r.ok) {
    refuse(field === undefined ? r.error : domainErrAround(r.error.code, 'domain.fieldDate', r.error, { field, tag }).error);
    return z.NEVER;
  }
  if (r.value.year < 1945 || r.value.year > 2100) {
    if (field === undefined) ctx.addIssue({ code: 'custom', message: `${label} (${tag}): năm ${r.value.year} không hợp lệ.` });
    else refuse(domainError('BAD_YEAR', 'domain.fieldYear', { field, tag, year: r.value.year }));
    return z.NEVER;
  }
  return r.value.iso;
}

/** A date field's type refusal (a label without a `dateField` word stands for itself: the same Vietnamese). */
const dateTypeError = (label: string, tag: string) => inputText('input.notDate', { field: dateFieldCode(label) ?? label, tag });

/** An optional date: absent, null or blank → null. */
export const optionalDate = (label: string, tag: string) =>
  z
    .string({ error: dateTypeError(label, tag) })
    .nullable()
    .optional()
    .transform((s, ctx) => (s == null || s.trim() === '' ? null : readDate(s, label, tag, ctx)));

/** Phụ lục VI "Number, n": a whole number of at most `digits` digits. */
export const optionalCount = (label: string, tag: string, digits: number) =>
  z
    .number({ error: inputText('input.notNumber', named(label, tag)) })
    .int({ error: inputText('input.notWhole', named(label, tag)) })
    .min(0, { error: inputText('input.negative', named(label, tag)) })
    .max(10 ** digits - 1, { error: inputText('input.tooManyDigits', { ...named(label, tag), digits }) })
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/**
 * Độ khẩn. Phụ lục VI packs urgency and secrecy into one Priority digit without a code list, so the
 * register keeps urgency here and secrecy in `Confidentiality`. Accepts the stored value
 * ("hoa-toc"), a label as printed ("HỎA TỐC", "Thượng khẩn") or the edXML digit (0–3).
 */
export const UrgencySchema = z.enum(URGENCY_LEVELS as [Urgency, ...Urgency[]]);
export const ConfidentialitySchema = z.enum(CONFIDENTIALITY_LEVELS as [Confidentiality, ...Confidentiality[]]);
export const ChannelRestrictionSchema = z.enum(CHANNEL_RESTRICTIONS as unknown as [ChannelRestriction, ...ChannelRestriction[]]);
export const PriorityField = z
  .preprocess(
    (v) => {
      if (v == null || v === '') return 'thuong';
      if (typeof v === 'number') return urgencyFromEdxmlPriority(v)?.urgency ?? v;
      if (typeof v === 'string') return isUrgency(v) ? v : (urgencyFromLabel(v) ?? urgencyFromEdxmlPriority(v)?.urgency ?? v);
      return v;
    },
    z.enum(URGENCY_LEVELS as [Urgency, ...Urgency[]], { error: inputText('input.priority') }),
  )
  .optional()
  .transform((v) => v ?? 'thuong');

/**
 * Độ mật. "none" for an ordinary document; Mật / Tối mật / Tuyệt mật are registered in their own
 * number series (Điều 15.2, 16.3, 22.4 Nghị định 30/2020) and never sent through the hub.
 */
export const ConfidentialityField = z
  .preprocess(
    (v) => {
      if (v == null || v === '') return 'none';
      if (typeof v === 'string') return isConfidentiality(v) ? v : (confidentialityFromLabel(v) ?? v);
      return v;
    },
    z.enum(CONFIDENTIALITY_LEVELS as [Confidentiality, ...Confidentiality[]], {
      error: inputText('input.confidentiality'),
    }),
  )
  .optional()
  .transform((v) => v ?? 'none');

/** A category kept off the electronic channel (warns on send); null or absent = none. */
export const ChannelRestrictionField = z
  .enum(CHANNEL_RESTRICTIONS as unknown as [ChannelRestriction, ...ChannelRestriction[]], {
    error: inputText('input.channelRestriction'),
  })
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const MediumSchema = z.enum(['giay', 'dien-tu']);
export const MediumField = z
  .preprocess((v) => (v == null || v === '' ? 'giay' : v), z.enum(['giay', 'dien-tu'], { error: inputText('input.medium') }))
  .optional()
  .transform((v) => v ?? 'giay');

/** Chức vụ, họ tên người ký (SignerInfo: Position String 100, FullName String 50). */
export const SignerInfoInput = z
  .object(
    {
      Position: optionalText('Chức vụ của người ký', 'SignerInfo.Position', 100),
      FullName: optionalText('Họ và tên người ký', 'SignerInfo.FullName', 50),
    },
    { error: inputText('input.signerInfo') },
  )
  .strict();

/** A recipient of an outgoing document ("Nơi nhận", To: OrganId String 13, OrganName String 200). */
export const RecipientInput = z
  .object({
    OrganId: optionalText('Mã định danh cơ quan nhận', 'To.OrganId', 13),
    OrganName: requiredText('Tên cơ quan, tổ chức nhận', 'To.OrganName', 200),
  })
  .strict();

/** A sha256 content id of a file already in the file store (see files.import). */
export const Sha256Schema = z
  .string({ error: inputText('input.fileSha256NotText') })
  .regex(/^[0-9a-f]{64}$/, { error: inputText('input.fileSha256Form') });
