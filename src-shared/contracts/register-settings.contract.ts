/** The register's numbering settings: how outgoing numbers are grouped into series. */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { inputText } from './input-text';

/**
 * How outgoing numbers are grouped (Điều 15.1.c: the head of the agency decides). Copies (SY, SL,
 * TrS) always share their own series (Phụ lục I Phần II.II.1.c), whatever the mode.
 */
export const RegisterSettingsSchema = z
  .object({
    OutgoingSeries: z.enum(['single', 'per-type'], {
      error: inputText('input.outgoingSeries'),
    }),
  })
  .strict();
export type RegisterSettings = z.output<typeof RegisterSettingsSchema>;

export const registerGetSettings = defineOperation({
  name: 'register.getSettings',
  kind: 'query',
  input: z.object({}).strict(),
  output: RegisterSettingsSchema,
  summary: 'Outgoing numbering settings (one series for all administrative documents, or one per type).',
});

export const registerSaveSettings = defineOperation({
  name: 'register.saveSettings',
  kind: 'command',
  input: RegisterSettingsSchema,
  output: RegisterSettingsSchema,
  summary: 'Changes the outgoing series mode; refused (Conflict) once an outgoing number has been given this year.',
});
