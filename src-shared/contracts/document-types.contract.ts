/**
 * Document types an agency adds itself (issue 13: "an agency may add its own"), offered in the
 * grouped type picker after the built-in groups. Invariants: the abbreviation never collides with
 * a built-in of the same system (State: Phụ lục III, copies and legal types; Party: 399-QĐ/TW) nor
 * with another active type of the agency; a type is never deleted — disabling hides it from the
 * picker while entries registered with it keep its name and code; every change is audited.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';

const name = z
  .string({ error: 'Tên loại văn bản (name) là bắt buộc.' })
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2, { error: 'Tên loại văn bản (name) phải có ít nhất 2 ký tự.' })
      .max(100, { error: 'Tên loại văn bản (name) tối đa 100 ký tự.' }),
  );

/** Letters only, as the type part of a ký hiệu ("QĐ", "CTr", "TBo"); empty = none. */
const abbreviation = z
  .string({ error: 'Chữ viết tắt (abbreviation) phải là chuỗi.' })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .max(10, { error: 'Chữ viết tắt tên loại (abbreviation) tối đa 10 ký tự.' })
      .regex(/^\p{L}*$/u, { error: 'Chữ viết tắt tên loại (abbreviation) chỉ gồm chữ cái, không dấu cách, số hay dấu "-", "/".' }),
  )
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const CustomDocumentTypeSchema = z.object({
  code: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  /** Which table it belongs to: 'state' (beside Phụ lục III) or 'party' (beside 399-QĐ/TW). */
  system: z.enum(['state', 'party']),
  incoming: z.boolean(),
  outgoing: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type CustomDocumentType = z.output<typeof CustomDocumentTypeSchema>;

export const agencyListTypes = defineOperation({
  name: 'agency.listTypes',
  kind: 'query',
  input: z.object({}).strict(),
  output: z.object({ items: z.array(CustomDocumentTypeSchema) }),
  summary: 'Document types the agency added, disabled ones included (marked), in the order added.',
});

export const agencyAddType = defineOperation({
  name: 'agency.addType',
  kind: 'command',
  input: z
    .object({
      name,
      abbreviation,
      system: z.enum(['state', 'party'], { error: 'Hệ thống (system) phải là "state" (Nhà nước) hoặc "party" (Đảng).' }),
      incoming: z.boolean().optional().default(true),
      outgoing: z.boolean().optional().default(true),
    })
    .strict()
    .refine((v) => v.incoming || v.outgoing, {
      error: 'Loại văn bản phải dùng cho văn bản đến, văn bản đi hoặc cả hai.',
      path: ['incoming'],
    }),
  output: CustomDocumentTypeSchema,
  summary: 'Adds an agency-defined document type; refused when its name or abbreviation collides with a built-in or active type; audited.',
});

export const agencyUpdateType = defineOperation({
  name: 'agency.updateType',
  kind: 'command',
  input: z
    .object({
      code: z.string().min(1).max(80),
      name: name.optional(),
      abbreviation: abbreviation.optional(),
      incoming: z.boolean().optional(),
      outgoing: z.boolean().optional(),
      /** true disables (no longer offered), false enables again. */
      disabled: z.boolean().optional(),
    })
    .strict(),
  output: CustomDocumentTypeSchema,
  summary:
    'Renames, re-abbreviates (only while no document uses it), changes directions, disables or enables an agency-defined type; audited.',
});

export const documentTypesOperations = [agencyListTypes, agencyAddType, agencyUpdateType] as const;
