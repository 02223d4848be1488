/**
 * The backup work the long-work worker runs (app/long-work.tasks.ts): writing a backup and applying
 * retention, verifying one, restoring one. Inputs and outputs are structured-cloneable; passphrases
 * travel in the input and are never logged.
 */
import type { BackupSummary, BackupVerifyResult } from '../../../src-shared/contracts/backup.contract';
import type { TaskContext } from '../../core/worker/task-runner';
import { restoreBackup, verifyBackup, type RestoreChecks } from './backup-reader';
import { applyRetention } from './backup-retention';
import { writeBackup, type BackupWriteInput, type BackupWriteResult } from './backup-writer';

export interface BackupTaskInput extends BackupWriteInput {
  keepDaily: number;
  keepMonthly: number;
}

export type BackupTaskResult = BackupWriteResult & { removed: string[]; retentionError: string | null };

export const BACKUP_TASKS = {
  'backup.write': async (input: BackupTaskInput, ctx: TaskContext): Promise<BackupTaskResult> => {
    const r = await writeBackup(input, (d, t) => ctx.progress(d, t));
    try {
      return { ...r, removed: applyRetention(input.folder, input.keepDaily, input.keepMonthly, r.name), retentionError: null };
    } catch (err) {
      // The backup itself is good; a failed sweep only keeps more than asked.
      return { ...r, removed: [], retentionError: (err as Error).message };
    }
  },
  // async: a refusal (wrong passphrase, damaged manifest) becomes a rejected promise, not a throw in the worker.
  'backup.verify': async (input: { dir: string; passphrase?: string | undefined }, ctx: TaskContext): Promise<BackupVerifyResult> =>
    verifyBackup(input.dir, input.passphrase, (d, t) => ctx.progress(d, t)),
  'backup.restore': async (
    input: { dir: string; into: string; passphrase?: string | undefined; checks: RestoreChecks },
    ctx: TaskContext,
  ): Promise<BackupSummary> => restoreBackup(input.dir, input.into, input.passphrase, input.checks, (d, t) => ctx.progress(d, t)),
};
