import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, trustedSender, type SenderEventLike } from './ipc-sender';

const WINDOW_ID = 7;

/** A fake IpcMainInvokeEvent: webContents `id` whose main frame shows `mainUrl`; the call from `frame`. */
function event(opts: { id?: number; mainUrl?: string; from?: 'main' | 'sub' | 'none'; subUrl?: string }): SenderEventLike {
  const mainFrame = { url: opts.mainUrl ?? `${APP_ORIGIN}/index.html` };
  const sub = { url: opts.subUrl ?? `${APP_ORIGIN}/index.html` };
  const from = opts.from ?? 'main';
  return { sender: { id: opts.id ?? WINDOW_ID, mainFrame }, senderFrame: from === 'main' ? mainFrame : from === 'sub' ? sub : null };
}

describe('trustedSender (IPC calls into the main process)', () => {
  it('accepts the top frame of our window showing our origin, on any of its pages', () => {
    expect(trustedSender(event({}), WINDOW_ID)).toBe(true);
    expect(trustedSender(event({ mainUrl: `${APP_ORIGIN}/index.html#/den?page=2` }), WINDOW_ID)).toBe(true);
  });

  it('refuses another origin in our window (navigated away, an injected page, a file:// URL)', () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://vanthu.evil/index.html',
      'app://other/index.html',
      'http://127.0.0.1:5181/',
      'about:blank',
    ]) {
      expect(trustedSender(event({ mainUrl: url }), WINDOW_ID), url).toBe(false);
    }
    // the bare origin without a path is not one of our pages either
    expect(trustedSender(event({ mainUrl: APP_ORIGIN }), WINDOW_ID)).toBe(false);
  });

  it('refuses a subframe (iframe) even when it shows our own origin', () => {
    expect(trustedSender(event({ from: 'sub' }), WINDOW_ID)).toBe(false);
    expect(trustedSender(event({ from: 'sub', subUrl: 'https://evil.example/' }), WINDOW_ID)).toBe(false);
  });

  it('refuses a call whose frame is gone (senderFrame null)', () => {
    expect(trustedSender(event({ from: 'none' }), WINDOW_ID)).toBe(false);
  });

  it('refuses another window’s webContents, even on our origin', () => {
    expect(trustedSender(event({ id: WINDOW_ID + 1 }), WINDOW_ID)).toBe(false);
  });
});
