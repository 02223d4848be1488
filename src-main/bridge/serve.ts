import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, appError } from '../../src-shared/rpc/errors';
import { createApp } from '../app/create-app';
import { dataLayout, ensureWritableDataDir, resolveDataDir } from '../core/data-paths';
import { acquireInstanceLock } from '../core/instance-lock';
import { startSyncScheduler } from '../app/sync-scheduler';
import { startBackupScheduler } from '../app/backup-scheduler';
import { clockFromEnv, systemClock } from '../core/clock';
import { startHttpBridge } from './http-bridge';
import { assertNotPackaged } from './packaged-check';

/**
 * Browser mode: the whole app served on 127.0.0.1 for machines without the Electron binary and for
 * end-to-end tests. Prints one line `VANTHU_URL <url>` that people open and tests parse.
 */
async function main(): Promise<void> {
  assertNotPackaged(); // before the data folder is touched (the bridge checks again)
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '0' },
      static: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw appError('cli.badPort', { port: String(values.port) });
  const dataDir = resolveDataDir(values.data);
  // The lock comes before the database: a second window must not even run migrations.
  ensureWritableDataDir(dataDir);
  const lock = acquireInstanceLock(dataLayout(dataDir).lock, 'browser mode');
  let app;
  try {
    app = createApp({ dataDir });
  } catch (err) {
    lock.release();
    throw err;
  }
  const bridge = await startHttpBridge({
    router: app.router,
    events: app.events,
    logger: app.logger,
    staticDir: values.static ?? path.resolve(__dirname, '..', 'renderer'),
    port,
    locateFile: app.locateFile,
    mayReadFile: (sessionId, sha256) => app.permissions.mayReadFile(sessionId, 'http', sha256),
  });
  const stopSync = startSyncScheduler({ router: app.router, events: app.events, logger: app.logger.child('sync') });
  const backups = startBackupScheduler({
    backup: app.backup,
    clock: clockFromEnv(process.env) ?? systemClock,
    logger: app.logger.child('backup'),
  });
  process.stdout.write(`vanthu (chế độ trình duyệt) — dữ liệu: ${dataDir}\n`);
  process.stdout.write(`VANTHU_URL ${bridge.url}?token=${bridge.token}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopSync();
    backups.stop();
    void backups
      .atExit()
      .then(() => bridge.close())
      .finally(() => {
        app.close();
        lock.release();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`vanthu: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof AppError && err.kind === 'Conflict' ? 4 : 1);
});
