/**
 * Backups (sao lưu) and restore. A backup folder holds a shared content-addressed pool of stored
 * files (`files/` plain, `files-enc/` encrypted) and one directory per backup (`vanthu-YYYYMMDD-HHMMSS`)
 * with its manifest and the database snapshot. A directory with that name and a manifest is complete:
 * a backup is written under a temporary name, verified, then renamed. Restoring never writes into the
 * current data folder: it creates a new one.
 */
import { z } from 'zod';
import { defineEvent, defineOperation } from '../rpc/define';
import { inputText } from './input-text';

/** 2: the database snapshot is stored content-addressed in fixed chunks (format 1: one file). */
export const BACKUP_FORMAT = 2;

const Sha = z.string().regex(/^[0-9a-f]{64}$/);

export const BackupKdfSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(1024).max(1_048_576),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().min(16).max(200),
});
export type BackupKdf = z.output<typeof BackupKdfSchema>;

export const BackupManifestSchema = z.object({
  format: z.union([z.literal(1), z.literal(BACKUP_FORMAT)]),
  /** The backup's directory name (vanthu-YYYYMMDD-HHMMSS). */
  name: z.string().min(1).max(100),
  createdAt: z.string().min(1).max(40),
  vanthuVersion: z.string().min(1).max(40),
  schemaVersion: z.number().int().min(0),
  agency: z.object({ code: z.string().max(100), name: z.string().max(500) }).nullable(),
  counts: z.array(z.object({ direction: z.enum(['den', 'di']), year: z.number().int(), count: z.number().int() })).max(100_000),
  lastNumbers: z
    .array(z.object({ direction: z.enum(['den', 'di']), year: z.number().int(), series: z.string().max(200), number: z.number().int() }))
    .max(100_000),
  /** Head of the audit hash chain at the snapshot (an anchor to compare after restore). */
  auditHead: z.object({ seq: z.number().int(), hash: z.string().max(128) }).nullable(),
  /**
   * The database snapshot: format 2 keeps it as fixed-size chunks in the pool (named by the plain
   * bytes' hash; an unchanged chunk is shared with the previous backups and not written again);
   * format 1 kept one file in the backup's directory.
   */
  database: z.union([
    z.object({
      chunkSize: z
        .number()
        .int()
        .min(4096)
        .max(64 * 1024 * 1024),
      size: z.number().int().min(0),
      chunks: z.array(Sha).max(10_000_000),
    }),
    z.object({ file: z.string().max(100), sha256: Sha, size: z.number().int().min(0) }),
  ]),
  /** Every file of the data folder kept with the backup: its path there, its hash (its name in the pool). */
  files: z.array(z.object({ path: z.string().min(1).max(500), sha256: Sha, size: z.number().int().min(0) })).max(5_000_000),
  totalBytes: z.number().int().min(0),
  encryption: z
    .object({
      cipher: z.literal('aes-256-gcm'),
      kdf: BackupKdfSchema,
      /** The pool's data key, sealed with the key derived from the passphrase. */
      wrappedKey: z.string().min(1).max(500),
    })
    .nullable(),
});
export type BackupManifest = z.output<typeof BackupManifestSchema>;

/** What the clerk sees of a backup before choosing it (the manifest without its file list). */
export const BackupSummarySchema = z.object({
  dir: z.string(),
  name: z.string(),
  createdAt: z.string(),
  vanthuVersion: z.string(),
  schemaVersion: z.number().int(),
  agency: z.object({ code: z.string(), name: z.string() }).nullable(),
  counts: BackupManifestSchema.shape.counts,
  lastNumbers: BackupManifestSchema.shape.lastNumbers,
  fileCount: z.number().int(),
  totalBytes: z.number().int(),
  encrypted: z.boolean(),
});
export type BackupSummary = z.output<typeof BackupSummarySchema>;

/** A directory of the backup folder that is not a usable backup (damaged manifest, left-over temp). */
export const BackupProblemSchema = z.object({ dir: z.string(), problem: z.string() });

export const BackupSettingsSchema = z.object({
  /** The folder backups go to (USB drive, network share); null = not configured yet. */
  folder: z.string().max(1000).nullable().default(null),
  /** Daily backup at this Vietnam-time HH:MM while the app is open. */
  daily: z.boolean().default(true),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('17:00'),
  /** Back up at exit when the last good backup is older than a day. */
  atExit: z.boolean().default(true),
  keepDaily: z.number().int().min(1).max(366).default(7),
  keepMonthly: z.number().int().min(0).max(240).default(12),
  /** The sidebar warns when the last good backup is older than this many hours. */
  warnAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(48),
  /** Encrypt with the saved passphrase (sealed at rest; see backup.setPassphrase). */
  encrypt: z.boolean().default(false),
});
export type BackupSettings = z.output<typeof BackupSettingsSchema>;

/** The last good backup. */
export const BackupGoodSchema = z.object({ at: z.string(), dir: z.string(), name: z.string() });

/** A backup failure, with the error's key and params when it has one, so the window words it in its language. */
export const BackupFailureSchema = z.object({
  at: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const BackupStatusSchema = z.object({
  settings: BackupSettingsSchema,
  passphraseSaved: z.boolean(),
  lastGood: BackupGoodSchema.nullable(),
  /** The last failure, kept until a good backup exists. */
  lastFailure: BackupFailureSchema.nullable(),
  running: z.boolean(),
  /** True when no good backup exists or the last is older than settings.warnAfterHours. */
  stale: z.boolean(),
});
export type BackupStatus = z.output<typeof BackupStatusSchema>;

export const BackupRunResultSchema = z.object({
  dir: z.string(),
  name: z.string(),
  fileCount: z.number().int(),
  copiedFiles: z.number().int(),
  copiedBytes: z.number().int(),
  /** Bytes of database chunks written: the whole snapshot the first time, the changed chunks after. */
  databaseBytesWritten: z.number().int(),
  /** Database chunks re-read and hashed, of all the snapshot's chunks (the change record spares the others). */
  databaseChunksRead: z.number().int(),
  databaseChunks: z.number().int(),
  totalBytes: z.number().int(),
  encrypted: z.boolean(),
  removed: z.array(z.string()),
  ms: z.number().int(),
});
export type BackupRunResult = z.output<typeof BackupRunResultSchema>;

export const BackupVerifyResultSchema = z.object({
  ok: z.boolean(),
  checkedFiles: z.number().int(),
  problems: z.array(z.string()),
  summary: BackupSummarySchema.nullable(),
});
export type BackupVerifyResult = z.output<typeof BackupVerifyResultSchema>;

/** A backup: by its directory (local callers), or by its name in the configured folder (any window). */
const BackupRef = z.object({
  dir: z.string().min(1).max(1000).optional(),
  name: z
    .string()
    .regex(/^vanthu-\d{8}-\d{6}(-\d+)?$/)
    .optional(),
});

const Passphrase = z
  .string()
  .min(8, { error: inputText('input.backupPassphraseShort', { min: 8 }) })
  .max(1024);

export const backupStatus = defineOperation({
  name: 'backup.status',
  kind: 'query',
  input: z.object({}).strict(),
  output: BackupStatusSchema,
  summary: 'Backup settings, the last good backup and the last failure (kept until a good backup exists).',
});

export const backupSaveSettings = defineOperation({
  name: 'backup.saveSettings',
  kind: 'command',
  input: BackupSettingsSchema.partial().strict(),
  output: BackupStatusSchema,
  summary:
    'Saves the backup folder, schedule, retention and encryption choice. The folder is a path on this machine: only the CLI (or a native folder dialog in main) may set it; a window saves the rest.',
  pathFields: ['folder'],
});

export const backupSetPassphrase = defineOperation({
  name: 'backup.setPassphrase',
  kind: 'command',
  sensitive: true,
  input: z.object({ passphrase: Passphrase.nullable() }).strict(),
  output: BackupStatusSchema,
  summary: 'Saves (sealed) or forgets the passphrase that scheduled encrypted backups use.',
});

export const backupRun = defineOperation({
  name: 'backup.run',
  kind: 'command',
  sensitive: true,
  input: z.object({ to: z.string().min(1).max(1000).optional(), passphrase: Passphrase.optional() }).strict(),
  output: BackupRunResultSchema,
  summary: 'Backs up now (to the given folder or the configured one), verifies, then applies retention.',
  pathFields: ['to'],
});

export const backupList = defineOperation({
  name: 'backup.list',
  kind: 'query',
  input: z.object({ dir: z.string().min(1).max(1000).optional() }).strict(),
  output: z.object({ dir: z.string(), items: z.array(BackupSummarySchema), problems: z.array(BackupProblemSchema) }),
  summary: 'The backups of a folder (default: the configured one), newest first, with what each holds.',
  pathFields: ['dir'],
});

export const backupVerify = defineOperation({
  name: 'backup.verify',
  kind: 'query',
  sensitive: true,
  input: BackupRef.extend({ passphrase: Passphrase.optional() }).strict(),
  output: BackupVerifyResultSchema,
  summary: 'Re-reads a backup: manifest, database integrity and the hash of every file.',
  pathFields: ['dir'],
});

export const backupRestore = defineOperation({
  name: 'backup.restore',
  kind: 'command',
  sensitive: true,
  input: BackupRef.extend({
    /** The new data folder (must not exist or be empty); default: a new folder beside the current one. */
    into: z.string().min(1).max(1000).optional(),
    passphrase: Passphrase.optional(),
    /** Restore a backup of another agency after the warning. */
    acceptOtherAgency: z.boolean().default(false),
  }).strict(),
  output: z.object({ into: z.string(), summary: BackupSummarySchema }),
  summary: 'Restores a backup into a NEW data folder (never the current one), verified before it is used.',
  pathFields: ['dir', 'into'],
});

/** A folder main offers for backups (a removable drive, a mounted share, the current folder): by id, never by path. */
export const BackupFolderChoiceSchema = z.object({ id: z.string(), label: z.string(), path: z.string() });

export const backupFolderChoices = defineOperation({
  name: 'backup.folderChoices',
  kind: 'query',
  input: z.object({}).strict(),
  output: z.object({
    /** True when main can show the system's folder dialog (Electron); a browser window picks from `items`. */
    native: z.boolean(),
    items: z.array(BackupFolderChoiceSchema),
  }),
  summary: 'The folders main offers as backup folders (drives and shares it sees), and whether it has a native folder dialog.',
});

export const backupChooseFolder = defineOperation({
  name: 'backup.chooseFolder',
  kind: 'command',
  input: z
    .object({
      /** One of backup.folderChoices' ids; absent = main shows its native folder dialog. */
      id: z.string().min(1).max(100).optional(),
    })
    .strict(),
  output: z.object({ chosen: z.boolean(), status: BackupStatusSchema }),
  summary:
    'Sets the backup folder from a window without a path crossing it: one of the folders main listed, or the one the clerk picks in the native dialog main shows.',
});

export const backupOperations = [
  backupStatus,
  backupFolderChoices,
  backupChooseFolder,
  backupSaveSettings,
  backupSetPassphrase,
  backupRun,
  backupList,
  backupVerify,
  backupRestore,
] as const;

export const backupProgressed = defineEvent({
  name: 'backup.progressed',
  payload: z.object({ phase: z.enum(['database', 'files', 'verify']), done: z.number().int(), total: z.number().int() }),
  summary: 'Progress of a running backup (database pages, then files copied, then verification).',
});

export const backupStatusChanged = defineEvent({
  name: 'backup.statusChanged',
  payload: BackupStatusSchema,
  summary: 'A backup finished or failed; the sidebar warning follows it.',
});

export const backupEvents = [backupProgressed, backupStatusChanged] as const;
