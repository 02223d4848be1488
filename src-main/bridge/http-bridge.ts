import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { fail } from '../../src-shared/rpc/envelope';
import { appError, type ErrorCode, type ErrorParams } from '../../src-shared/rpc/errors';
import { newSecret } from '../core/ids';
import type { Logger } from '../core/logger';
import type { EventBus } from '../rpc/events';
import type { Router } from '../rpc/router';
import { storedFileFor } from './file-access';
import { assertNotPackaged } from './packaged-check';
import { contentSecurityPolicy, resolveStatic } from './static-files';

export interface HttpBridgeOptions {
  router: Router;
  events: EventBus;
  logger: Logger;
  /** Built renderer (dist/renderer); omitted in API-only tests. */
  staticDir?: string;
  port?: number;
  token?: string;
  /** Locates a stored file by sha256 for GET /files/<sha256> (PDF preview in browser mode). */
  locateFile?: (sha256: string) => { path: string; mediaType: string } | null;
  /** Whether the browser's session may download a stored file (accounts: the same rule as files.info). */
  mayReadFile?: (sessionId: string | null, sha256: string) => boolean;
}

export interface HttpBridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-vanthu-token';
/** The sign-in session of a browser window: HttpOnly, SameSite=Strict, valid only on this bridge (sessions.ts). */
export const SESSION_COOKIE = 'vanthu_session';

function sessionCookie(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return v.join('=') || null;
  }
  return null;
}

function setSessionCookie(res: http.ServerResponse, id: string | null): void {
  res.setHeader(
    'set-cookie',
    id ? `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/` : `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`,
  );
}
// Large enough for a base64 PDF sent by drag and drop (files.importBase64 caps the file itself).
const MAX_BODY = 40 * 1024 * 1024;

function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The envelope of a request the bridge refuses itself, keyed like every error a clerk can meet. */
function refusal(code: ErrorCode, params?: ErrorParams) {
  return fail(appError(code, params).toData());
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(data);
}

/**
 * Serves the same router over HTTP (POST /rpc/<name>) and pushes events over WebSocket (/events),
 * for browser mode and end-to-end tests. Loopback only; every call needs the per-run token; the Host
 * header must be our own loopback address (defeats DNS rebinding); refuses to start when packaged
 * (judged from the process itself: packaged-check.ts).
 */
export async function startHttpBridge(opts: HttpBridgeOptions): Promise<HttpBridge> {
  assertNotPackaged();
  const token = opts.token ?? newSecret();
  const log = opts.logger.child('bridge');
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      log.error('request failed', { error: String(err) });
      if (!res.headersSent) sendJson(res, 500, refusal('bridge.internal'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      sendJson(res, 421, refusal('bridge.badHost'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/rpc/')) {
      await handleRpc(req, res, url.pathname.slice('/rpc/'.length));
      return;
    }
    const fileMatch = /^\/files\/([0-9a-f]{64})$/.exec(url.pathname);
    if (fileMatch) {
      sendFile(req, res, fileMatch[1]!);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, refusal('bridge.methodNotAllowed'));
      return;
    }
    const found = opts.staticDir ? resolveStatic(opts.staticDir, url.pathname) : null;
    if (!found) {
      sendJson(res, 404, refusal('bridge.pageNotFound', { path: url.pathname }));
      return;
    }
    res.writeHead(200, {
      'content-type': found.type,
      'content-security-policy': contentSecurityPolicy(`ws://${req.headers.host}`),
      'x-content-type-options': 'nosniff',
      'cache-control': found.type.startsWith('text/html') ? 'no-store' : 'public, max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
  }

  function sendFile(req: http.IncomingMessage, res: http.ServerResponse, sha256: string): void {
    if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      sendJson(res, 401, refusal('bridge.badToken'));
      return;
    }
    const answer = storedFileFor(sha256, sessionCookie(req), opts);
    if (answer.status === 403) {
      // A withheld file (recalled entry): the reason, not a bare 404.
      sendJson(res, 403, fail(answer.error));
      return;
    }
    if (answer.status === 404) {
      sendJson(res, 404, refusal('auth.fileNotFound', { sha: sha256 }));
      return;
    }
    const found = answer.file;
    res.writeHead(200, {
      'content-type': found.mediaType,
      'content-length': fs.statSync(found.path).size,
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.path).pipe(res);
  }

  async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, refusal('bridge.postOnly'));
      return;
    }
    if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      sendJson(res, 401, refusal('bridge.badToken'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) {
        sendJson(res, 413, refusal('bridge.tooLarge', { max: MAX_BODY }));
        req.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    let input: unknown = {};
    if (size > 0) {
      try {
        input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        sendJson(res, 400, refusal('bridge.notJson'));
        return;
      }
    }
    const before = sessionCookie(req);
    const session = { id: before };
    const envelope = await opts.router.call(decodeURIComponent(name), input, { transport: 'http', session });
    if (session.id !== before) setSessionCookie(res, session.id);
    sendJson(res, 200, envelope);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const sockets = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/events' || !allowedHosts.has(req.headers.host ?? '') || !sameSecret(url.searchParams.get('token'), token)) {
      socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });
  const unsubscribe = opts.events.subscribe((name, payload) => {
    const message = JSON.stringify({ name, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  log.info('listening', { port });

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
