import { app, dialog, Menu, safeStorage, type BrowserWindow } from 'electron';
import path from 'node:path';
import { AppError } from '../../src-shared/rpc/errors';
import { createApp, type App } from '../app/create-app';
import { startSyncScheduler } from '../app/sync-scheduler';
import { startBackupScheduler } from '../app/backup-scheduler';
import { systemClock } from '../core/clock';
import { dataLayout, ensureWritableDataDir } from '../core/data-paths';
import { acquireInstanceLock, type InstanceLock } from '../core/instance-lock';
import { fileKeySecretBox, safeStorageSecretBox } from '../features/exchange/secret-box';
import type { SessionSlot } from '../rpc/router';
import { attachIpcTransport } from './ipc-transport';
import { attachPrintTransport } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { startUpdater } from './updater';
import { APP_ORIGIN, createSecureWindow } from './window';

const dev = !app.isPackaged && process.env.NODE_ENV !== 'production';
registerAppScheme();

function dataDirFromArgs(): string {
  const i = process.argv.indexOf('--data');
  const flag = i >= 0 ? process.argv[i + 1] : undefined;
  return path.resolve(flag || process.env.VANTHU_DATA || app.getPath('userData'));
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  if (!dev) Menu.setApplicationMenu(null);

  const dataDir = dataDirFromArgs();
  let core: App;
  let lock: InstanceLock;
  const shown: { window?: BrowserWindow } = {};
  try {
    // The lock comes before the database: a second window must not even run migrations.
    ensureWritableDataDir(dataDir);
    lock = acquireInstanceLock(dataLayout(dataDir).lock, 'Electron');
  } catch (err) {
    dialog.showErrorBox('vanthu không khởi động được', err instanceof AppError ? err.message : String(err));
    app.exit(1);
    return;
  }
  try {
    // The hub secret is sealed by the OS keychain (DPAPI, Keychain, libsecret) on the desktop.
    core = createApp(
      { dataDir },
      {
        secretBox: safeStorageSecretBox(safeStorage, fileKeySecretBox(dataDir)),
        // The backup folder is picked in the system's dialog, run here: no path comes from the window.
        pickFolder: async () => {
          const opts = {
            title: 'Chọn thư mục sao lưu',
            properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
          };
          const r = await (shown.window ? dialog.showOpenDialog(shown.window, opts) : dialog.showOpenDialog(opts));
          return r.canceled ? null : (r.filePaths[0] ?? null);
        },
      },
    );
  } catch (err) {
    lock.release();
    dialog.showErrorBox('vanthu không khởi động được', err instanceof AppError ? err.message : String(err));
    app.exit(1);
    return;
  }
  // The window's sign-in session: the IPC transport signs it in, app://vanthu/files checks it.
  const session: SessionSlot = { id: null };
  serveRenderer(
    path.join(__dirname, '..', 'renderer'),
    { locateFile: core.locateFile, mayReadFile: (id, sha256) => core.permissions.mayReadFile(id, 'electron', sha256) },
    session,
  );
  const win = createSecureWindow({ preload: path.join(__dirname, 'preload.cjs'), dev });
  shown.window = win;
  const detach = attachIpcTransport(win, core.router, core.events, session);
  const detachPrint = attachPrintTransport(win);
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  startUpdater(win, core.logger, (key) => core.readSetting(key));
  const stopSync = startSyncScheduler({ router: core.router, events: core.events, logger: core.logger.child('sync') });
  const backups = startBackupScheduler({ backup: core.backup, clock: systemClock, logger: core.logger.child('backup') });
  // At exit, back up first when the last good backup is older than a day (the window stays until it is done).
  let exitBackupDone = false;
  app.on('before-quit', (e) => {
    if (exitBackupDone || !core.backup.dueAtExit()) return;
    e.preventDefault();
    exitBackupDone = true;
    void backups.atExit().finally(() => app.quit());
  });

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopSync();
    backups.stop();
    detachPrint();
    detach();
    core.close();
    lock.release();
  });
}

void start();
