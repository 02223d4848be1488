import { app, dialog, type BrowserWindow } from 'electron';
import { autoUpdater } from 'electron-updater';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/logger';
import { builtInFeedUrl, resolveUpdateFeed, UPDATE_URL_SETTING } from './update-feed';

/**
 * Checks for updates only in a packaged app, downloads in the background and asks the clerk before
 * restarting — a restart in the middle of registering a document would lose their typing.
 * The feed (update-feed.ts): the data folder's `app.updateUrl` setting, else VANTHU_UPDATE_URL,
 * else the generic provider baked in from electron-builder.yml; with none, no check is made.
 */
export function startUpdater(win: BrowserWindow, logger: Logger, readSetting: (key: string) => unknown): void {
  if (!app.isPackaged) return;
  const log = logger.child('updater');
  let appUpdateYml: string | null = null;
  try {
    appUpdateYml = fs.readFileSync(path.join(process.resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    // built without a publish URL: only the setting or the environment can name a feed
  }
  const { feed, skipped } = resolveUpdateFeed({
    setting: readSetting(UPDATE_URL_SETTING),
    env: process.env.VANTHU_UPDATE_URL,
    builtIn: builtInFeedUrl(appUpdateYml),
  });
  for (const s of skipped) log.warn('update feed ignored', { source: s.source, reason: s.reason });
  if (!feed) {
    log.info('no update feed configured; not checking for updates');
    return;
  }
  log.info('update feed', { url: feed.url, source: feed.source });
  if (feed.source !== 'built-in') autoUpdater.setFeedURL({ provider: 'generic', url: feed.url });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', (err) => log.warn('update check failed', { error: String(err) }));
  const askToRestart = async (version: string): Promise<void> => {
    const { response } = await dialog.showMessageBox(win, {
      type: 'question',
      buttons: ['Khởi động lại ngay', 'Để sau'],
      defaultId: 1,
      cancelId: 1,
      title: 'Cập nhật vanthu',
      message: `Đã tải bản cập nhật ${version}.`,
      detail: 'Khởi động lại để cài đặt? Nếu chọn "Để sau", bản cập nhật sẽ được cài khi đóng ứng dụng.',
    });
    if (response === 0) autoUpdater.quitAndInstall();
  };
  autoUpdater.on('update-downloaded', (info) => {
    askToRestart(info.version).catch((err: unknown) => log.warn('update prompt failed', { error: String(err) }));
  });
  autoUpdater.checkForUpdates().catch((err: unknown) => log.warn('update check failed', { error: String(err) }));
}
