/**
 * Document types an agency adds itself (issue 13: "an agency may add its own"), offered in the
 * grouped type picker after the built-in groups. Invariants: the abbreviation never collides with
 * a built-in of the same system (State: Phụ lục III, copies and legal types; Party: 399-QĐ/TW) nor
 * with another active type of the agency; a type is never deleted — disabling hides it from the
 * picker while entries registered with it keep its name and code; every change is audited.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { inputText } from './input-text';

const name = z
  .string({ error: inputText('input.typeNameRequired') })
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2, { error: inputText('input.typeNameShort') })
      .max(100, { error: inputText('input.typeNameLong') }),
  );

/** Letters only, as the type part of a ký hiệu ("QĐ", "CTr", "TBo"); empty = none. */
const abbreviation = z
  .string({ error: inputText('input.typeAbbreviationNotText') })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .max(10, { error: inputText('input.typeAbbreviationLong') })
      .regex(/^\p{L}*$/u, { error: inputText('input.typeAbbreviationForm') }),
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
      system: z.enum(['state', 'party'], { error: inputText('input.typeSystem') }),
      incoming: z.boolean().optional().default(true),
      outgoing: z.boolean().optional().default(true),
    })
    .strict()
    .refine((v) => v.incoming || v.outgoing, {
      error: inputText('input.typeDirections'),
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
