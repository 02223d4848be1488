import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { checkAgencyCode } from '../domain/agency-code';

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: `${label} không được để trống.` })
        .max(max, { error: `${label} tối đa ${max} ký tự.` }),
    );

/**
 * The agency profile recorded by the first-run wizard. Names are stored in NFC; the abbreviation
 * is what ký hiệu is composed from (`15/QĐ-UBND`), so it keeps its case (`SNgV`) and has no spaces.
 */
export const AgencyProfileSchema = z.object({
  name: requiredText('Tên cơ quan', 200),
  parentName: requiredText('Tên cơ quan chủ quản', 200),
  code: z
    .string({ error: 'Mã định danh là bắt buộc.' })
    .transform((s, ctx) => {
      const r = checkAgencyCode(s);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.message });
        return z.NEVER;
      }
      return r.code;
    }),
  abbreviation: z
    .string({ error: 'Chữ viết tắt là bắt buộc.' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'Chữ viết tắt tên cơ quan không được để trống.' })
        .max(20, { error: 'Chữ viết tắt tối đa 20 ký tự.' })
        .regex(/^[\p{Lu}\p{Ll}\d]+(?:-[\p{Lu}\p{Ll}\d]+)*$/u, {
          error: 'Chữ viết tắt chỉ gồm chữ cái và chữ số, không có khoảng trắng (ví dụ UBND, SNgV).',
        }),
    ),
  address: requiredText('Địa chỉ', 300),
  placeName: requiredText('Địa danh', 100),
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

export const agencyOperations = [agencyGetProfile, agencySaveProfile] as const;
