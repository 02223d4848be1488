import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { checkAgencyCode } from '../domain/agency-code';
import { inputFieldCode, inputIssue, inputText } from './input-text';

const requiredText = (label: string, max: number) =>
  z
    .string({ error: inputText('input.labelRequired', { field: inputFieldCode(label) }) })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: inputText('input.labelBlank', { field: inputFieldCode(label) }) })
        .max(max, { error: inputText('input.labelMax', { field: inputFieldCode(label), max }) }),
    );

/**
 * The agency profile recorded by the first-run wizard. Names are stored in NFC; the abbreviation
 * is what ký hiệu is composed from (`15/QĐ-UBND`), so it keeps its case (`SNgV`) and has no spaces.
 */
export const AgencyProfileSchema = z.object({
  name: requiredText('Tên cơ quan', 200),
  parentName: requiredText('Tên cơ quan chủ quản', 200),
  code: z.string({ error: inputText('input.agencyCodeRequired') }).transform((s, ctx) => {
    const r = checkAgencyCode(s);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.code;
  }),
  abbreviation: z
    .string({ error: inputText('input.abbreviationRequired') })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, { error: inputText('input.agencyAbbreviationBlank') })
        .max(20, { error: inputText('input.abbreviationLong') })
        .regex(/^[\p{Lu}\p{Ll}\d]+(?:-[\p{Lu}\p{Ll}\d]+)*$/u, {
          error: inputText('input.abbreviationForm'),
        }),
    ),
  address: requiredText('Địa chỉ', 300),
  placeName: requiredText('Địa danh', 100),
  /**
   * The agency's system: 'state' (Nghị định 30/2020) or 'party' (Quy định 399-QĐ/TW, Hướng dẫn
   * 05-HD/VPTW). For a Party body, `abbreviation` is the issuer in `Số 19-QC/HU` and `parentName`
   * the superior body in the heading (under "ĐẢNG CỘNG SẢN VIỆT NAM"). Absent = 'state'.
   */
  system: z
    .enum(['state', 'party'], {
      error: inputText('input.agencySystem'),
    })
    .optional()
    .transform((v) => v ?? 'state'),
});

export type AgencyProfile = z.output<typeof AgencyProfileSchema>;
export type AgencyProfileInput = z.input<typeof AgencyProfileSchema>;

export const agencyGetProfile = defineOperation({
  name: 'agency.getProfile',
  kind: 'query',
  input: z.object({}).strict(),
  output: AgencyProfileSchema.nullable(),
  summary: 'The agency profile, or null before the first-run wizard has completed.',
});

export const agencySaveProfile = defineOperation({
  name: 'agency.saveProfile',
  kind: 'command',
  input: AgencyProfileSchema,
  output: AgencyProfileSchema,
  summary: 'Records the agency profile (first run or later edits in Cài đặt); audited.',
});

const isoDate = (label: string) =>
  z
    .string({ error: inputText('input.labelDateRequired', { field: inputFieldCode(label) }) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: inputText('input.labelDateForm', { field: inputFieldCode(label) }) })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: inputText('input.labelDateNotReal', { field: inputFieldCode(label) }),
    });

/**
 * A term (nhiệm kỳ) of a Party body's cấp ủy: numbers restart at 01 in each. endDate null = the
 * current term, still open.
 */
export const PartyTermSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
});
export type PartyTerm = z.output<typeof PartyTermSchema>;

/**
 * A term named by the clerk where a year is accepted (books, register lists, reports, export):
 * its id ("2") or its name ("Khóa XXVI, nhiệm kỳ 2025–2030", compared through foldVietnamese).
 * Only a Party body numbers by term; a State agency gets a clear refusal.
 */
export const TermRefSchema = z.union(
  [
    z.number().int().min(1).max(1_000_000),
    z
      .string()
      .transform((s) => s.normalize('NFC').trim())
      .pipe(z.string().min(1).max(100)),
  ],
  { error: inputText('input.termRef') },
);
export type TermRef = z.output<typeof TermRefSchema>;

/** Issue when a year and a term are both given: they name two different periods. */
export function checkYearOrTerm(v: { Year?: number | undefined; Term?: TermRef | undefined }, ctx: z.RefinementCtx): void {
  if (v.Year !== undefined && v.Term !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['Term'],
      ...inputIssue('input.yearOrTerm'),
    });
  }
}

export const PartyTermInput = z
  .object({
    name: requiredText('Tên nhiệm kỳ', 100),
    startDate: isoDate('Ngày bắt đầu nhiệm kỳ'),
    endDate: isoDate('Ngày kết thúc nhiệm kỳ')
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .strict();

export const agencyListTerms = defineOperation({
  name: 'agency.listTerms',
  kind: 'query',
  input: z.object({}).strict(),
  output: z.object({ items: z.array(PartyTermSchema) }),
  summary: 'Terms (nhiệm kỳ) of a Party body, oldest first.',
});

export const agencyAddTerm = defineOperation({
  name: 'agency.addTerm',
  kind: 'command',
  input: PartyTermInput,
  output: PartyTermSchema,
  summary: 'Adds a term (nhiệm kỳ); refused when its dates overlap another term; audited.',
});

export const agencyEndTerm = defineOperation({
  name: 'agency.endTerm',
  kind: 'command',
  input: z
    .object({ id: z.number({ error: inputText('input.termIdNotNumber') }).int(), endDate: isoDate('Ngày kết thúc nhiệm kỳ') })
    .strict(),
  output: PartyTermSchema,
  summary: 'Closes the open term on the day its congress ends; refused when a number of the term was given later; audited.',
});

export const agencyOperations = [agencyGetProfile, agencySaveProfile, agencyListTerms, agencyAddTerm, agencyEndTerm] as const;
