/**
 * A small HTTP client for hub adapters: keep-alive, a connect timeout, an idle timeout and an
 * overall deadline that grows with the body size, request bodies streamed from files, response
 * bodies read with a size bound. Every network failure becomes a `transient` hub error naming
 * the call, never a raw socket error.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hubError } from './hub-transport';

export interface HttpTimeouts {
  connectMs: number;
  idleMs: number;
  /** Deadline = baseMs + bytes / minBytesPerSecond. */
  baseMs: number;
  minBytesPerSecond: number;
}

/** Bodies up to this size are read whole and written at once; larger ones are streamed. */
const SMALL_BODY = 256 * 1024;

export const DEFAULT_TIMEOUTS: HttpTimeouts = { connectMs: 10_000, idleMs: 30_000, baseMs: 60_000, minBytesPerSecond: 128 * 1024 };

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  /** File body (streamed) with optional bytes appended after it. */
  file?: { path: string; size: number; trailer?: Buffer };
  what: string;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  body: http.IncomingMessage;
  /** Size the whole exchange is expected to move (for the deadline of the body read). */
  done(): void;
}

export class HttpClient {
  private readonly agent: http.Agent;
  private readonly mod: typeof http | typeof https;

  constructor(
    base: URL,
    private readonly timeouts: HttpTimeouts = DEFAULT_TIMEOUTS,
    maxSockets = 8,
  ) {
    this.mod = base.protocol === 'https:' ? https : http;
    this.agent = new this.mod.Agent({ keepAlive: true, maxSockets, keepAliveMsecs: 10_000 });
  }

  /** Sends the request; resolves when the response head has arrived. The caller must consume `body`. */
  send(req: HttpRequest, expectBytes = 0): Promise<HttpResponse> {
    const bodyLen = req.file ? req.file.size + (req.file.trailer?.length ?? 0) : 0;
    const deadlineMs = this.timeouts.baseMs + ((bodyLen + expectBytes) / this.timeouts.minBytesPerSecond) * 1000;
    return new Promise<HttpResponse>((resolve, reject) => {
      let settled = false;
      const fail = (net: NetFailure, cause?: unknown, stage: 'call' | 'readFile' | 'sendFile' = 'call') => {
        const err = hubError(
          'hub.unreachable',
          'transient',
          { call: req.what, stage, ...net },
          { call: req.what, cause: cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : undefined },
        );
        if (!settled) {
          settled = true;
          reject(err);
        }
        request.destroy(err);
      };
      const request = this.mod.request(req.url, {
        method: req.method,
        agent: this.agent,
        headers: { ...req.headers, 'Content-Length': String(bodyLen) },
      });
      const deadline = setTimeout(() => fail({ net: 'deadline', seconds: Math.round(deadlineMs / 1000) }), deadlineMs);
      deadline.unref();
      request.setTimeout(this.timeouts.idleMs, () => fail({ net: 'idle', seconds: this.timeouts.idleMs / 1000 }));
      request.on('socket', (socket) => {
        if ((socket as { connecting?: boolean }).connecting) {
          const t = setTimeout(() => fail({ net: 'connect', seconds: this.timeouts.connectMs / 1000 }), this.timeouts.connectMs);
          socket.once('connect', () => clearTimeout(t));
          socket.once('close', () => clearTimeout(t));
        }
      });
      request.on('error', (err) => fail(describeNetError(err), err));
      request.on('close', () => clearTimeout(deadline));
      request.on('response', (res) => {
        if (settled) {
          res.resume();
          return;
        }
        settled = true;
        res.on('error', () => undefined); // surfaced to whoever reads the body
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: res,
          done: () => clearTimeout(deadline),
        });
      });
      if (req.file && req.file.size <= SMALL_BODY) {
        // Most packets are a few KB: one read and one write beat a stream per request. The read is
        // synchronous on purpose: a few KB from the page cache take microseconds, while the promise
        // API's open/fstat/read/close round trips through the thread pool cost more than the send
        // itself and were the drain's largest overhead beside a raw client (issue 15).
        const { path, trailer } = req.file;
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(path);
        } catch (err) {
          fail(describeNetError(err as Error), err, 'readFile');
          return;
        }
        request.end(trailer ? Buffer.concat([bytes, trailer]) : bytes);
      } else if (req.file) {
        const { path, trailer } = req.file;
        pipeline(fs.createReadStream(path, { highWaterMark: 256 * 1024 }), request, { end: false })
          .then(() => request.end(trailer))
          .catch((err: unknown) => fail(describeNetError(err as Error), err, 'sendFile'));
      } else request.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Params of a network failure: `net` is a code of the `netFailure` words (src-shared/rpc/error-texts/words.ts). */
type NetFailure = { net: string } & Record<string, string | number>;

function describeNetError(err: Error): NetFailure {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
    case 'EPIPE':
      return { net: code };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { net: 'dns', errno: code };
    default:
      return code ? { net: 'other', error: err.message, errno: code } : { net: 'plain', error: err.message };
  }
}

/** Reads a whole response body up to `max` bytes; a reset mid-body is a transient error. */
export async function readBounded(res: Readable, max: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let len = 0;
  try {
    for await (const chunk of res) {
      len += (chunk as Buffer).length;
      if (len > max) {
        res.destroy();
        throw hubError('hub.answerTooLarge', 'transient', { call: what, limitMb: Math.round(max / 1024 / 1024) }, { call: what });
      }
      parts.push(chunk as Buffer);
    }
  } catch (err) {
    if ((err as { details?: { hub?: string } }).details?.hub) throw err;
    throw hubError('hub.cutWhileReceiving', 'transient', { call: what, ...describeNetError(err as Error) }, { call: what });
  }
  return Buffer.concat(parts, len);
}
