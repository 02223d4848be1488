import { app, dialog, type BrowserWindow } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { Logger } from '../core/logger';

/**
 * Checks for updates only in a packaged app, downloads in the background and asks the clerk before
 * restarting — a restart in the middle of registering a document would lose their typing.
 * The feed is the generic provider from electron-builder.yml, or `updateUrl` from settings.
 */
export function startUpdater(win: BrowserWindow, logger: Logger, updateUrl?: string): void {
  if (!app.isPackaged) return;
  const log = logger.child('updater');
  if (updateUrl) autoUpdater.setFeedURL({ provider: 'generic', url: updateUrl });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', (err) => log.warn('update check failed', { error: String(err) }));
  autoUpdater.on('update-downloaded', async (info) => {
    const { response } = await dialog.showMessageBox(win, {
      type: 'question',
      buttons: ['Khởi động lại ngay', 'Để sau'],
      defaultId: 1,
      cancelId: 1,
      title: 'Cập nhật vanthu',
      message: `Đã tải bản cập nhật ${info.version}.`,
      detail: 'Khởi động lại để cài đặt? Nếu chọn "Để sau", bản cập nhật sẽ được cài khi đóng ứng dụng.',
    });
    if (response === 0) autoUpdater.quitAndInstall();
  });
  autoUpdater.checkForUpdates().catch((err: unknown) => log.warn('update check failed', { error: String(err) }));
}
