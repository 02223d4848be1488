/**
 * Every agency setting the app keeps, in one place: its key in the `settings` table, the name the
 * clerk knows it by, its schema and its value before anyone chose one. A feature reads and writes
 * its settings only through the store (settings-store.ts) under these keys.
 */
import { z } from 'zod';
import { BackupFailureSchema, BackupGoodSchema, BackupSettingsSchema } from '../../../src-shared/contracts/backup.contract';
import { IntakeSettingsSchema } from '../../../src-shared/contracts/intake.contract';
import { RegisterSettingsSchema, type RegisterSettings } from '../../../src-shared/contracts/register-settings.contract';
import { SigningSettingsSchema, type SigningSettings } from '../../../src-shared/contracts/signing.contract';
import { WorkflowSettingsSchema } from '../../../src-shared/contracts/workflow.contract';
import { PasswordPolicySchema } from '../../../src-shared/contracts/accounts.contract';
import type { ERROR_WORDS } from '../../../src-shared/rpc/error-texts/words';

/**
 * A setting's definition. The name the clerk knows it by is its word in the `setting` table of
 * src-shared/rpc/error-texts/words.ts (both languages; checked below for every key).
 */
export interface SettingDef<S extends z.ZodType> {
  schema: S;
  fallback: z.output<S>;
  /**
   * Brings a value stored by an older version up to the schema (e.g. fields added since), before
   * parsing. Only fills what is missing; a value of the wrong type still fails.
   */
  upgrade?: (stored: Record<string, unknown>) => unknown;
}

const def = <S extends z.ZodType>(d: SettingDef<S>): SettingDef<S> => d;

/** Until the agency decides (Điều 15.1.c), every administrative document shares one series. */
export const DEFAULT_REGISTER_SETTINGS: RegisterSettings = { OutgoingSeries: 'single' };

export const DEFAULT_SIGNING_SETTINGS: SigningSettings = {
  modulePath: null,
  customModulePaths: [],
  signatureImage: null,
  sealImage: null,
  sealSizeMm: null,
  tsaUrl: null,
  lastToken: null,
  keyByRole: {},
};

/** The hub connection; the secret is sealed by the SecretBox, never stored plain. */
export const StoredHubConfigSchema = z.object({
  url: z.string().min(1),
  systemId: z.string(),
  secretSealed: z.string(),
  box: z.string(),
  /** When and by whom the credentials were last set (accounts issue: rotation every three months). */
  changedAt: z.string().optional(),
  changedBy: z.string().optional(),
});
export type StoredHubConfig = z.output<typeof StoredHubConfigSchema>;

/** Which status pair answers a revoke packet (edxml.md §C.2 open question); see ExchangeSettings. */
export const RevokeAnswerSchema = z.enum(['15-16', '03-02']);
export type RevokeAnswer = z.output<typeof RevokeAnswerSchema>;

/** The outcome of the last backups: the last good one, and the last failure until a good one follows. */
export const BackupStateSchema = z.object({
  lastGood: BackupGoodSchema.nullable(),
  lastFailure: BackupFailureSchema.nullable(),
});
export type BackupState = z.output<typeof BackupStateSchema>;

export const SETTINGS = {
  'accounts.policy': def({
    schema: PasswordPolicySchema,
    fallback: PasswordPolicySchema.parse({}),
    upgrade: (stored) => ({ ...PasswordPolicySchema.parse({}), ...stored }),
  }),
  'register.numbering': def({ schema: RegisterSettingsSchema, fallback: DEFAULT_REGISTER_SETTINGS }),
  'intake.settings': def({
    schema: IntakeSettingsSchema,
    fallback: IntakeSettingsSchema.parse({}),
  }),
  'signing.settings': def({
    schema: SigningSettingsSchema,
    fallback: DEFAULT_SIGNING_SETTINGS,
    upgrade: (stored) => ({ ...DEFAULT_SIGNING_SETTINGS, ...stored }),
  }),
  'exchange.hub': def({ schema: StoredHubConfigSchema.nullable(), fallback: null }),
  /**
   * Default '15-16': the official SDK sample names tie 15/16 to "cập nhật, lấy lại/thu hồi", and a
   * 15 can never be misread by the sender's system as "registered" the way a 03 could.
   */
  'exchange.revokeAnswer': def({
    schema: RevokeAnswerSchema,
    fallback: '15-16' as RevokeAnswer,
  }),
  /** When the last sync cycle reached the hub (sent and received without an Offline error). */
  'exchange.lastSync': def({
    schema: z.object({ at: z.string().max(40) }).nullable(),
    fallback: null as { at: string } | null,
  }),
  'workflow.deadlines': def({
    schema: WorkflowSettingsSchema,
    fallback: WorkflowSettingsSchema.parse({}),
    upgrade: (stored) => ({ ...WorkflowSettingsSchema.parse({}), ...stored }),
  }),
  'backup.settings': def({
    schema: BackupSettingsSchema,
    fallback: BackupSettingsSchema.parse({}),
    upgrade: (stored) => ({ ...BackupSettingsSchema.parse({}), ...stored }),
  }),
  'backup.state': def({ schema: BackupStateSchema, fallback: { lastGood: null, lastFailure: null } }),
  /** The passphrase of scheduled encrypted backups, sealed by the SecretBox (never stored plain). */
  'backup.passphrase': def({
    schema: z.object({ sealed: z.string(), box: z.string() }).nullable(),
    fallback: null,
  }),
} as const;

export type SettingKey = keyof typeof SETTINGS;

/** Every setting has its name in both languages: a key without one fails to compile here. */
type AssertTrue<T extends true> = T;
type _EverySettingNamed = AssertTrue<SettingKey extends keyof typeof ERROR_WORDS.setting ? true : false>;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>;
