import { ipcMain, type BrowserWindow } from 'electron';
import { fail } from '../../src-shared/rpc/envelope';
import type { EventBus } from '../rpc/events';
import type { Router, SessionSlot } from '../rpc/router';
import { trustedSender } from './ipc-sender';

export const RPC_CHANNEL = 'vanthu:rpc';
export const EVENT_CHANNEL = 'vanthu:event';

/** `session`: the window's sign-in session, held in main (shared with app://files); the renderer never sees its id. */
export function attachIpcTransport(win: BrowserWindow, router: Router, events: EventBus, session: SessionSlot): () => void {
  ipcMain.handle(RPC_CHANNEL, async (event, name: unknown, input: unknown) => {
    // Only the top frame of our own window, showing our own origin (ipc-sender.ts).
    if (!trustedSender(event, win.webContents.id)) {
      return fail({ kind: 'Validation', message: 'Lời gọi bị từ chối: nguồn gọi không phải cửa sổ vanthu.' });
    }
    if (typeof name !== 'string') return fail({ kind: 'Validation', message: 'Tên thao tác không hợp lệ.' });
    return router.call(name, input, { transport: 'electron', session });
  });
  const unsubscribe = events.subscribe((name, payload) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
  });
  return () => {
    ipcMain.removeHandler(RPC_CHANNEL);
    unsubscribe();
  };
}
