import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { inputFieldCode, inputText } from './input-text';

/** văn thư, lãnh đạo, chuyên viên, quản trị — an account may hold several. */
export const ROLES = ['vanthu', 'lanhdao', 'chuyenvien', 'quantri'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_NAMES: Record<Role, string> = {
  vanthu: 'Văn thư',
  lanhdao: 'Lãnh đạo',
  chuyenvien: 'Chuyên viên',
  quantri: 'Quản trị',
};

const Username = z
  .string({ error: inputText('input.usernameRequired') })
  .trim()
  .toLowerCase()
  .min(2, { error: inputText('input.usernameShort') })
  .max(64, { error: inputText('input.usernameLong') })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: inputText('input.usernameForm') });
/** Bounded but not shaped: the policy (length, reuse) is checked by the service with a clear message. */
const Password = (label: string) =>
  z
    .string({ error: inputText('input.labelRequired', { field: inputFieldCode(label) }) })
    .min(1, { error: inputText('input.labelRequired', { field: inputFieldCode(label) }) })
    .max(256, { error: inputText('input.labelMax', { field: inputFieldCode(label), max: 256 }) });
const FullName = z
  .string({ error: inputText('input.fullNameRequired') })
  .trim()
  .min(1, { error: inputText('input.fullNameRequired') })
  .max(200, { error: inputText('input.fullNameLong') });
const Roles = z
  .array(z.enum(ROLES, { error: inputText('input.roleUnknown') }))
  .min(1, { error: inputText('input.rolesNone') })
  .max(4);
const OptId = z.string().max(64).nullable().optional();

export const AccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  personId: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  passwordChangedAt: z.string(),
  createdAt: z.string(),
});
export type Account = z.output<typeof AccountSchema>;

export const PasswordPolicySchema = z
  .object({
    minLength: z.number().int().min(8).max(128).default(10),
    requireMixed: z.boolean().default(true),
    expiryDays: z.number().int().min(0).max(3650).default(90),
    warnDays: z.number().int().min(0).max(60).default(7),
    historyCount: z.number().int().min(0).max(24).default(5),
    maxFailures: z.number().int().min(1).max(100).default(5),
    lockMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    idleMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
  })
  .strict();
export type PasswordPolicy = z.output<typeof PasswordPolicySchema>;

export const SessionStatusSchema = z.object({
  /** false: a data folder without accounts — everything works as before, nobody signs in. */
  accountsExist: z.boolean(),
  account: AccountSchema.nullable(),
  /** The session is idle-locked: the password is asked again (accounts.unlockSession). */
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Days until the password expires, when within the warning period (0 = expires today). */
  passwordExpiresInDays: z.number().int().nullable(),
  /** A change of this account's permissions the person has not confirmed yet. */
  permissionsChanged: z.object({ at: z.string(), by: z.string(), roles: z.array(z.enum(ROLES)) }).nullable(),
  idleMinutes: z.number().int(),
  minLength: z.number().int(),
});
export type SessionStatus = z.output<typeof SessionStatusSchema>;

const Empty = z.object({}).strict();

export const accountsStatus = defineOperation({
  name: 'accounts.status',
  kind: 'query',
  input: Empty,
  output: SessionStatusSchema,
  summary: 'Whether accounts exist, who is signed in on this window/command, and what they must do next.',
});
export const accountsSignIn = defineOperation({
  name: 'accounts.signIn',
  kind: 'command',
  input: z.object({ username: z.string().max(64), password: Password('Mật khẩu') }).strict(),
  output: SessionStatusSchema,
  sensitive: true,
  summary: 'Signs in; a generic message for an unknown user or a wrong password (same time for both).',
});
export const accountsSignOut = defineOperation({
  name: 'accounts.signOut',
  kind: 'command',
  input: Empty,
  output: SessionStatusSchema,
  summary: 'Ends the session of this window/command.',
});
export const accountsUnlockSession = defineOperation({
  name: 'accounts.unlockSession',
  kind: 'command',
  input: z.object({ password: Password('Mật khẩu') }).strict(),
  output: SessionStatusSchema,
  sensitive: true,
  summary: 'Reopens an idle-locked session with the same account password.',
});
export const accountsChangePassword = defineOperation({
  name: 'accounts.changePassword',
  kind: 'command',
  input: z.object({ current: Password('Mật khẩu hiện tại'), next: Password('Mật khẩu mới') }).strict(),
  output: SessionStatusSchema,
  sensitive: true,
  summary: "Changes the signed-in person's own password under the policy (length, last N not reused).",
});
export const accountsConfirmPermissions = defineOperation({
  name: 'accounts.confirmPermissions',
  kind: 'command',
  input: Empty,
  output: SessionStatusSchema,
  summary: 'The person confirms they saw the change of their permissions (Phụ lục VI).',
});
export const accountsCreateFirstAdmin = defineOperation({
  name: 'accounts.createFirstAdmin',
  kind: 'command',
  input: z.object({ username: Username, fullName: FullName, password: Password('Mật khẩu') }).strict(),
  output: SessionStatusSchema,
  sensitive: true,
  summary: 'First-run wizard: creates the first quản trị account (only while no account exists) and signs it in.',
});
export const accountsList = defineOperation({
  name: 'accounts.list',
  kind: 'query',
  input: Empty,
  output: z.object({ items: z.array(AccountSchema) }),
  summary: 'Every account, disabled ones too (accounts are never deleted).',
});
export const accountsAdd = defineOperation({
  name: 'accounts.add',
  kind: 'command',
  input: z
    .object({
      username: Username,
      fullName: FullName,
      roles: Roles,
      unitId: OptId,
      personId: OptId,
      password: Password('Mật khẩu ban đầu'),
    })
    .strict(),
  output: AccountSchema,
  sensitive: true,
  summary: 'Adds an account; the person must change the initial password at first sign-in.',
});
export const accountsUpdate = defineOperation({
  name: 'accounts.update',
  kind: 'command',
  input: z.object({ username: Username, fullName: FullName.optional(), roles: Roles.optional(), unitId: OptId, personId: OptId }).strict(),
  output: AccountSchema,
  summary: 'Changes name, roles, unit or directory link; a change of roles/unit is shown to the person until confirmed.',
});
export const accountsDisable = defineOperation({
  name: 'accounts.disable',
  kind: 'command',
  input: z.object({ username: Username, handoverTo: Username.optional() }).strict(),
  output: z.object({
    account: AccountSchema,
    handedOver: z.number().int(),
    notHandedOver: z.array(z.object({ entryId: z.string(), reason: z.string() })),
  }),
  summary: "Disables an account (never deletes it); its sessions stop at once; open documents go to handoverTo's person.",
});
export const accountsUnlock = defineOperation({
  name: 'accounts.unlock',
  kind: 'command',
  input: z.object({ username: Username }).strict(),
  output: AccountSchema,
  summary: 'Clears the failure lock of an account.',
});
export const accountsResetPassword = defineOperation({
  name: 'accounts.resetPassword',
  kind: 'command',
  input: z.object({ username: Username }).strict(),
  output: z.object({ account: AccountSchema, oneTimePassword: z.string() }),
  sensitive: true,
  summary: 'Sets a one-time password the person must change at the next sign-in.',
});
export const accountsGetPolicy = defineOperation({
  name: 'accounts.getPolicy',
  kind: 'query',
  input: Empty,
  output: PasswordPolicySchema,
  summary: 'The password and session policy of the agency.',
});
export const accountsSavePolicy = defineOperation({
  name: 'accounts.savePolicy',
  kind: 'command',
  input: PasswordPolicySchema,
  output: PasswordPolicySchema,
  summary: 'Saves the password and session policy.',
});

export const accountsOperations = [
  accountsStatus,
  accountsSignIn,
  accountsSignOut,
  accountsUnlockSession,
  accountsChangePassword,
  accountsConfirmPermissions,
  accountsCreateFirstAdmin,
  accountsList,
  accountsAdd,
  accountsUpdate,
  accountsDisable,
  accountsUnlock,
  accountsResetPassword,
  accountsGetPolicy,
  accountsSavePolicy,
] as const;
