/**
 * Backups as the clerk sees them: settings (folder, schedule, retention, encryption), "Sao lưu ngay",
 * the list of a folder's backups, verify, restore into a new folder, and the status the sidebar
 * warns from. The work itself runs in the long-work worker (backup.tasks.ts). Invariants: a failure
 * is kept (backup.state) until a good backup exists; one backup at a time per process (and per
 * folder, across processes, by the folder lock); restore never targets the current data folder.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  BackupRunResult,
  BackupSettings,
  BackupStatus,
  BackupSummary,
  BackupVerifyResult,
} from '../../../src-shared/contracts/backup.contract';
import { AppError, appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { EventBus } from '../../rpc/events';
import type { SecretBox } from '../exchange/secret-box';
import type { SettingSlot } from '../settings/settings-store';
import type { BackupState } from '../settings/settings-keys';
import { listBackups, type RestoreChecks } from './backup-reader';
import { phaseOf } from './backup-writer';
import type { BackupTaskInput, BackupTaskResult } from './backup.tasks';

type OnProgress = (done: number, total: number) => void;

export interface BackupDeps {
  dataDir: string;
  vanthuVersion: string;
  knownSchema: number;
  agencyCode: () => string | null;
  settings: SettingSlot<BackupSettings>;
  state: SettingSlot<BackupState>;
  passphrase: SettingSlot<{ sealed: string; box: string } | null>;
  secretBox: SecretBox;
  clock: Clock;
  logger: Logger;
  events?: EventBus | undefined;
  /** The system's folder dialog, shown by main (Electron); null when cancelled. Absent in browser mode. */
  pickFolder?: (() => Promise<string | null>) | undefined;
  /** Where removable drives and shares appear (default: the usual mount points of this OS). */
  folderRoots?: (() => string[]) | undefined;
  work: {
    write(input: BackupTaskInput, onProgress: OnProgress): Promise<BackupTaskResult>;
    verify(input: { dir: string; passphrase?: string | undefined }, onProgress: OnProgress): Promise<BackupVerifyResult>;
    restore(
      input: { dir: string; into: string; passphrase?: string | undefined; checks: RestoreChecks },
      onProgress: OnProgress,
    ): Promise<BackupSummary>;
  };
}

const DAY_MS = 24 * 3600 * 1000;

const isInside = (p: string, dir: string) => p === path.resolve(dir) || p.startsWith(path.resolve(dir) + path.sep);

/** Mount points where USB drives and network shares appear; on Windows, the drive letters. */
function defaultFolderRoots(): string[] {
  if (process.platform === 'win32') return [];
  const user = os.userInfo().username;
  return [`/media/${user}`, `/run/media/${user}`, '/media', '/mnt', '/Volumes'];
}

function subdirs(root: string): string[] {
  try {
    return fs
      .readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => path.join(root, e.name))
      .slice(0, 50);
  } catch {
    return [];
  }
}

function windowsDrives(): string[] {
  if (process.platform !== 'win32') return [];
  return 'DEFGHIJKLMNOPQRSTUVWXYZ'
    .split('')
    .map((l) => `${l}:\\`)
    .filter((d) => fs.existsSync(d));
}

export function createBackupService(deps: BackupDeps) {
  let running = false;
  const now = () => deps.clock.now().toISOString();

  function status(): BackupStatus {
    const settings = deps.settings.get();
    const state = deps.state.get();
    const ageMs = state.lastGood ? deps.clock.now().getTime() - Date.parse(state.lastGood.at) : Infinity;
    return {
      settings,
      passphraseSaved: deps.passphrase.get() !== null,
      lastGood: state.lastGood,
      lastFailure: state.lastFailure,
      running,
      stale: ageMs > settings.warnAfterHours * 3600 * 1000,
    };
  }

  const announce = () => deps.events?.emit('backup.statusChanged', status());

  function configuredFolder(): string {
    const folder = deps.settings.get().folder;
    if (!folder) throw appError('backup.noFolder', undefined, { field: 'folder' });
    return folder;
  }

  function savedPassphrase(): string | undefined {
    const sealed = deps.passphrase.get();
    return sealed ? deps.secretBox.open(sealed.sealed) : undefined;
  }

  function resolveDir(ref: { dir?: string | undefined; name?: string | undefined }): string {
    if (ref.dir) return path.resolve(ref.dir);
    if (ref.name) return path.join(configuredFolder(), ref.name);
    throw appError('backup.pickOne', undefined, { field: 'name' });
  }

  function folderChoices() {
    const seen = new Set<string>();
    const items: { id: string; label: string; path: string }[] = [];
    const add = (p: string, label: string) => {
      const abs = path.resolve(p);
      if (seen.has(abs) || isInside(abs, deps.dataDir)) return;
      seen.add(abs);
      items.push({ id: createHash('sha256').update(abs).digest('hex').slice(0, 16), label, path: abs });
    };
    const current = deps.settings.get().folder;
    if (current) add(current, 'Thư mục đang dùng');
    for (const root of (deps.folderRoots ?? defaultFolderRoots)()) {
      for (const d of subdirs(root)) add(d, `Ổ/thư mục ${path.basename(d)}`);
    }
    if (!deps.folderRoots) for (const d of windowsDrives()) add(d, `Ổ ${d.slice(0, 2)}`);
    return { native: deps.pickFolder !== undefined, items };
  }

  return {
    status,
    folderChoices,

    /** Saves a folder main listed (by id), or the one picked in main's native dialog; no path from the window. */
    async chooseFolder(id: string | undefined): Promise<{ chosen: boolean; status: BackupStatus }> {
      let folder: string | null;
      if (id !== undefined) {
        folder = folderChoices().items.find((c) => c.id === id)?.path ?? null;
        if (!folder) throw appError('backup.folderGoneFromList', undefined, { field: 'id' });
      } else {
        if (!deps.pickFolder) throw appError('backup.noFolderPicker', undefined, { field: 'id' });
        folder = await deps.pickFolder();
        if (folder === null) return { chosen: false, status: status() };
      }
      return { chosen: true, status: this.saveSettings({ folder }) };
    },

    saveSettings(input: Partial<BackupSettings>): BackupStatus {
      const next = { ...deps.settings.getForRepair(), ...input };
      if (next.folder) next.folder = path.resolve(next.folder);
      if (next.folder && path.resolve(next.folder).startsWith(path.resolve(deps.dataDir) + path.sep))
        throw appError('backup.folderInsideData', undefined, {
          field: 'folder',
        });
      if (next.encrypt && deps.passphrase.get() === null) throw appError('backup.passphraseFirst', undefined, { field: 'encrypt' });
      deps.settings.save(next, now());
      announce();
      return status();
    },

    setPassphrase(passphrase: string | null): BackupStatus {
      deps.passphrase.save(passphrase === null ? null : { sealed: deps.secretBox.seal(passphrase), box: deps.secretBox.kind }, now());
      if (passphrase === null && deps.settings.get().encrypt) deps.settings.save({ ...deps.settings.get(), encrypt: false }, now());
      return status();
    },

    /** Backs up now; `to`/`passphrase` override the settings (CLI). Records the outcome either way. */
    async run(input: { to?: string | undefined; passphrase?: string | undefined }, onProgress?: OnProgress): Promise<BackupRunResult> {
      if (running) throw appError('backup.running');
      const settings = deps.settings.get();
      const folder = input.to ? path.resolve(input.to) : configuredFolder();
      const passphrase = input.passphrase ?? (input.to === undefined && settings.encrypt ? savedPassphrase() : undefined);
      if (input.to === undefined && settings.encrypt && passphrase === undefined)
        throw appError('backup.passphraseMissing', undefined, { field: 'passphrase' });
      running = true;
      announce();
      const started = Date.now();
      try {
        const r = await deps.work.write(
          {
            dataDir: deps.dataDir,
            folder,
            passphrase,
            vanthuVersion: deps.vanthuVersion,
            now: now(),
            keepDaily: settings.keepDaily,
            keepMonthly: settings.keepMonthly,
          },
          (done, total) => {
            deps.events?.emit('backup.progressed', { phase: phaseOf(done), done, total });
            onProgress?.(done, total);
          },
        );
        if (r.retentionError) deps.logger.warn('backup retention failed', { folder, error: r.retentionError });
        deps.state.save({ lastGood: { at: now(), dir: r.dir, name: r.name }, lastFailure: null }, now());
        deps.logger.info('backup written', {
          dir: r.dir,
          files: r.fileCount,
          copied: r.copiedFiles,
          snapshot: r.snapshot,
          chunksRead: `${r.databaseChunksRead} of ${r.databaseChunks}`,
          fullHashWhy: r.fullHashWhy,
          removed: r.removed.length,
        });
        return {
          dir: r.dir,
          name: r.name,
          fileCount: r.fileCount,
          copiedFiles: r.copiedFiles,
          copiedBytes: r.copiedBytes,
          databaseBytesWritten: r.databaseBytesWritten,
          databaseChunksRead: r.databaseChunksRead,
          databaseChunks: r.databaseChunks,
          totalBytes: r.totalBytes,
          encrypted: r.encrypted,
          removed: r.removed,
          ms: Date.now() - started,
        };
      } catch (err) {
        const message = (err as Error).message;
        const key =
          err instanceof AppError && err.code !== undefined ? { code: err.code, ...(err.params ? { params: err.params } : {}) } : {};
        deps.state.save({ lastGood: deps.state.get().lastGood, lastFailure: { at: now(), message, ...key } }, now());
        deps.logger.warn('backup failed', { folder, error: message });
        throw err;
      } finally {
        running = false;
        announce();
      }
    },

    list(input: { dir?: string | undefined }) {
      const dir = input.dir ? path.resolve(input.dir) : configuredFolder();
      return { dir, ...listBackups(dir) };
    },

    verify(input: { dir?: string | undefined; name?: string | undefined; passphrase?: string | undefined }) {
      const passphrase = input.passphrase ?? savedPassphrase();
      return deps.work.verify({ dir: resolveDir(input), passphrase }, () => undefined);
    },

    async restore(input: {
      dir?: string | undefined;
      name?: string | undefined;
      into?: string | undefined;
      passphrase?: string | undefined;
      acceptOtherAgency: boolean;
    }): Promise<{ into: string; summary: BackupSummary }> {
      const dir = resolveDir(input);
      const into = path.resolve(
        input.into ?? path.join(path.dirname(deps.dataDir), `${path.basename(deps.dataDir)}-khoi-phuc-${path.basename(dir)}`),
      );
      const current = path.resolve(deps.dataDir);
      if (into === current || current.startsWith(into + path.sep) || into.startsWith(current + path.sep))
        throw appError('backup.restoreIntoCurrent', undefined, { field: 'into' });
      const passphrase = input.passphrase ?? savedPassphrase();
      const summary = await deps.work.restore(
        {
          dir,
          into,
          passphrase,
          checks: {
            knownSchema: deps.knownSchema,
            vanthuVersion: deps.vanthuVersion,
            currentAgencyCode: deps.agencyCode(),
            acceptOtherAgency: input.acceptOtherAgency,
          },
        },
        () => undefined,
      );
      deps.logger.info('backup restored into a new folder', { dir, into });
      return { into, summary };
    },

    /** At exit: back up when a folder is set and the last good backup is older than a day. */
    dueAtExit(): boolean {
      const s = deps.settings.get();
      if (!s.folder || !s.atExit) return false;
      const last = deps.state.get().lastGood;
      return !last || deps.clock.now().getTime() - Date.parse(last.at) > DAY_MS;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
