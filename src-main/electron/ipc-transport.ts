import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { fail } from '../../src-shared/rpc/envelope';
import type { EventBus } from '../rpc/events';
import type { Router } from '../rpc/router';
import { APP_ORIGIN } from './window';

export const RPC_CHANNEL = 'vanthu:rpc';
export const EVENT_CHANNEL = 'vanthu:event';

/** Only the top frame of our own window, showing our own origin, may call the main process. */
function trustedSender(event: IpcMainInvokeEvent, win: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return (
    event.sender.id === win.webContents.id &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    frame.url.startsWith(`${APP_ORIGIN}/`)
  );
}

export function attachIpcTransport(win: BrowserWindow, router: Router, events: EventBus): () => void {
  ipcMain.handle(RPC_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!trustedSender(event, win)) {
      return fail({ kind: 'Validation', message: 'Lời gọi bị từ chối: nguồn gọi không phải cửa sổ vanthu.' });
    }
    if (typeof name !== 'string') return fail({ kind: 'Validation', message: 'Tên thao tác không hợp lệ.' });
    return router.call(name, input, { transport: 'electron' });
  });
  const unsubscribe = events.subscribe((name, payload) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
  });
  return () => {
    ipcMain.removeHandler(RPC_CHANNEL);
    unsubscribe();
  };
}
