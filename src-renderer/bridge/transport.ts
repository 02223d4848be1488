import type { Envelope } from '../../src-shared/rpc/envelope';
import { COMMON_TEXTS } from '../../src-shared/rpc/error-texts/common';
import { keyedErrorData } from '../../src-shared/rpc/error-texts/fill';

/** What the preload script exposes in Electron (see src-main/preload). */
export interface ElectronBridge {
  invoke(name: string, input: unknown): Promise<unknown>;
  on(listener: (name: string, payload: unknown) => void): () => void;
  print?(sha256: string): Promise<unknown>;
}

export interface Transport {
  kind: 'electron' | 'http';
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Listens to main-process events; `onStatus` reports whether the event channel is connected. */
  subscribe(listener: (name: string, payload: unknown) => void, onStatus: (connected: boolean) => void): () => void;
  /** Where a stored file (by sha256) is fetched from: app://vanthu/files/<id> or GET /files/<id>. */
  fileSource(sha256: string): { url: string; headers: Record<string, string> };
}

declare global {
  interface Window {
    bridge?: ElectronBridge;
  }
}

const TOKEN_KEY = 'vanthu.token';

/**
 * Browser mode gets its per-run token from the URL printed by the server (`?token=`). It is moved to
 * sessionStorage and removed from the address bar so it does not end up in history or screenshots.
 */
export function takeToken(loc: Location = window.location, store: Storage = window.sessionStorage): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    store.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return store.getItem(TOKEN_KEY);
}

function electronTransport(bridge: ElectronBridge): Transport {
  return {
    kind: 'electron',
    fileSource: (sha256) => ({ url: `app://vanthu/files/${sha256}`, headers: {} }),
    invoke: async (name, input) => (await bridge.invoke(name, input)) as Envelope<unknown>,
    subscribe(listener, onStatus) {
      onStatus(true);
      return bridge.on(listener);
    },
  };
}

function httpTransport(token: string | null): Transport {
  return {
    kind: 'http',
    fileSource: (sha256) => ({ url: `/files/${sha256}`, headers: { 'x-vanthu-token': token ?? '' } }),
    async invoke(name, input) {
      let res: Response;
      try {
        res = await fetch(`/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-vanthu-token': token ?? '' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: keyedErrorData('bridge.offline', COMMON_TEXTS['bridge.offline']) };
      }
      try {
        return (await res.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: keyedErrorData('bridge.badResponse', COMMON_TEXTS['bridge.badResponse'], { status: res.status }) };
      }
    },
    subscribe(listener, onStatus) {
      let ws: WebSocket | null = null;
      let stopped = false;
      let retry: ReturnType<typeof setTimeout> | undefined;
      const connect = () => {
        const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
        ws = new WebSocket(`${proto}://${window.location.host}/events?token=${encodeURIComponent(token ?? '')}`);
        ws.onopen = () => onStatus(true);
        ws.onmessage = (m) => {
          try {
            const { name, payload } = JSON.parse(String(m.data)) as { name: string; payload: unknown };
            listener(name, payload);
          } catch {
            // A malformed frame is dropped; the channel stays up.
          }
        };
        ws.onclose = () => {
          onStatus(false);
          if (!stopped) retry = setTimeout(connect, 2000);
        };
      };
      connect();
      return () => {
        stopped = true;
        clearTimeout(retry);
        ws?.close();
      };
    },
  };
}

/** Electron when the preload bridge exists, else HTTP. React code never knows which. */
export function pickTransport(): Transport {
  return window.bridge ? electronTransport(window.bridge) : httpTransport(takeToken());
}
