import { toVnIso, vnDate } from '../../src-shared/domain/vn-time';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { BackupService } from '../features/backup/backup.service';

/**
 * While the app is open (Electron or browser mode; never the CLI): the daily backup at the clerk's
 * time (Vietnam time), once a day — a day whose backup failed is retried once an hour until one
 * succeeds (the failure stays visible meanwhile). `atExit` backs up when the last good backup is
 * older than a day; the hosts await it before closing.
 */
export function startBackupScheduler(deps: { backup: BackupService; clock: Clock; logger: Logger; checkMs?: number }): {
  stop(): void;
  atExit(): Promise<void>;
} {
  let lastAttemptMs = 0;
  const tick = async () => {
    try {
      const s = deps.backup.status();
      if (!s.settings.folder || !s.settings.daily || s.running) return;
      const now = deps.clock.now();
      const today = vnDate(now);
      if (toVnIso(now).slice(11, 16) < s.settings.time) return;
      const doneToday = s.lastGood !== null && vnDate(s.lastGood.at) === today && toVnIso(s.lastGood.at).slice(11, 16) >= s.settings.time;
      if (doneToday || now.getTime() - lastAttemptMs < 3600_000) return;
      lastAttemptMs = now.getTime();
      await deps.backup.run({});
    } catch (err) {
      deps.logger.warn('scheduled backup failed', { error: (err as Error).message });
    }
  };
  const timer = setInterval(() => void tick(), deps.checkMs ?? 60_000);
  timer.unref();
  return {
    stop: () => clearInterval(timer),
    async atExit() {
      try {
        if (deps.backup.dueAtExit()) await deps.backup.run({});
      } catch (err) {
        deps.logger.warn('backup at exit failed', { error: (err as Error).message });
      }
    },
  };
}
