/**
 * Every agency setting the app keeps, in one place: its key in the `settings` table, the name the
 * clerk knows it by, its schema and its value before anyone chose one. A feature reads and writes
 * its settings only through the store (settings-store.ts) under these keys.
 */
import { z } from 'zod';
import { BackupFailureSchema, BackupGoodSchema, BackupSettingsSchema } from '../../../src-shared/contracts/backup.contract';
import { IntakeSettingsSchema } from '../../../src-shared/contracts/intake.contract';
import { RegisterSettingsSchema, type RegisterSettings } from '../../../src-shared/contracts/register.contract';
import { SigningSettingsSchema, type SigningSettings } from '../../../src-shared/contracts/signing.contract';
import { WorkflowSettingsSchema } from '../../../src-shared/contracts/workflow.contract';
import { PasswordPolicySchema } from '../../../src-shared/contracts/accounts.contract';

export interface SettingDef<S extends z.ZodType> {
  /** How the clerk calls it (Vietnamese), used in error messages. */
  label: string;
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
    label: 'Chính sách mật khẩu và phiên làm việc',
    schema: PasswordPolicySchema,
    fallback: PasswordPolicySchema.parse({}),
    upgrade: (stored) => ({ ...PasswordPolicySchema.parse({}), ...stored }),
  }),
  'register.numbering': def({ label: 'Cách đánh số văn bản đi', schema: RegisterSettingsSchema, fallback: DEFAULT_REGISTER_SETTINGS }),
  'intake.settings': def({
    label: 'Thiết lập tiếp nhận (máy quét, OCR, quét virus)',
    schema: IntakeSettingsSchema,
    fallback: IntakeSettingsSchema.parse({}),
  }),
  'signing.settings': def({
    label: 'Thiết lập ký số',
    schema: SigningSettingsSchema,
    fallback: DEFAULT_SIGNING_SETTINGS,
    upgrade: (stored) => ({ ...DEFAULT_SIGNING_SETTINGS, ...stored }),
  }),
  'exchange.hub': def({ label: 'Kết nối trục liên thông', schema: StoredHubConfigSchema.nullable(), fallback: null }),
  /**
   * Default '15-16': the official SDK sample names tie 15/16 to "cập nhật, lấy lại/thu hồi", and a
   * 15 can never be misread by the sender's system as "registered" the way a 03 could.
   */
  'exchange.revokeAnswer': def({
    label: 'Cách trả lời yêu cầu thu hồi văn bản',
    schema: RevokeAnswerSchema,
    fallback: '15-16' as RevokeAnswer,
  }),
  /** When the last sync cycle reached the hub (sent and received without an Offline error). */
  'exchange.lastSync': def({
    label: 'Lần đồng bộ trục liên thông thành công gần nhất',
    schema: z.object({ at: z.string().max(40) }).nullable(),
    fallback: null as { at: string } | null,
  }),
  'workflow.deadlines': def({
    label: 'Thời hạn giải quyết văn bản đến (mặc định, sắp đến hạn)',
    schema: WorkflowSettingsSchema,
    fallback: WorkflowSettingsSchema.parse({}),
    upgrade: (stored) => ({ ...WorkflowSettingsSchema.parse({}), ...stored }),
  }),
  'backup.settings': def({
    label: 'Thiết lập sao lưu',
    schema: BackupSettingsSchema,
    fallback: BackupSettingsSchema.parse({}),
    upgrade: (stored) => ({ ...BackupSettingsSchema.parse({}), ...stored }),
  }),
  'backup.state': def({ label: 'Tình trạng sao lưu', schema: BackupStateSchema, fallback: { lastGood: null, lastFailure: null } }),
  /** The passphrase of scheduled encrypted backups, sealed by the SecretBox (never stored plain). */
  'backup.passphrase': def({
    label: 'Mật khẩu sao lưu',
    schema: z.object({ sealed: z.string(), box: z.string() }).nullable(),
    fallback: null,
  }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>;
