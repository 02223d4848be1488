import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { APP_ORIGIN } from './window';

export const PRINT_CHANNEL = 'vanthu:print';

/**
 * Printing a register book or report: the stored PDF opens in its own window (Chromium's PDF viewer,
 * which is the preview) and the system print dialog is shown over it. Only our own window may ask,
 * and only for a stored file id; the window can navigate nowhere else.
 */
export function attachPrintTransport(win: BrowserWindow): () => void {
  ipcMain.handle(PRINT_CHANNEL, async (event: IpcMainInvokeEvent, sha256: unknown) => {
    const trusted = event.sender.id === win.webContents.id && event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`);
    if (!trusted || typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return { ok: false };
    const preview = new BrowserWindow({
      parent: win,
      width: 1000,
      height: 800,
      title: 'In — vanthu',
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, plugins: true },
    });
    preview.webContents.on('will-navigate', (e) => e.preventDefault());
    preview.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await preview.loadURL(`${APP_ORIGIN}/files/${sha256}`);
    preview.webContents.print({ silent: false, printBackground: true });
    return { ok: true };
  });
  return () => ipcMain.removeHandler(PRINT_CHANNEL);
}
