/**
 * ClamAV daemon client (INSTREAM over a unix socket or TCP). Pitfalls handled, as measured:
 * clamd closes the socket once StreamMaxLength is exceeded, so a write may fail with EPIPE while
 * the reply is still there to read; oversize content is silently "OK" unless clamd runs with
 * `AlertExceedsMax yes`, so files above `maxBytes` are refused here before sending; and only an
 * exact `stream: OK` is clean — anything else is infected (`… FOUND`) or an error.
 */
import fs from 'node:fs';
import net from 'node:net';
import type { AvHealth, AvResult, VirusScanner } from './virus-scanner';

export interface ClamdOptions {
  socket?: string;
  host?: string;
  port?: number;
  timeoutMs?: number;
  /** Must not exceed clamd's StreamMaxLength (Debian default 25 MiB). */
  maxBytes?: number;
  chunkBytes?: number;
}

export function parseClamdReply(reply: string): Pick<AvResult, 'verdict' | 'signature'> {
  const r = reply.replace(/\0/g, '').trim();
  if (r === 'stream: OK') return { verdict: 'clean', signature: null };
  const found = /^stream: (.+) FOUND$/.exec(r);
  if (found) return { verdict: 'infected', signature: found[1]! };
  return { verdict: 'error', signature: null };
}

export function createClamdClient(opts: ClamdOptions): VirusScanner & { command(cmd: string): Promise<string> } {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const maxBytes = opts.maxBytes ?? 25 * 1024 * 1024;
  const chunk = opts.chunkBytes ?? 64 * 1024;
  const connect = () =>
    opts.socket ? net.createConnection(opts.socket) : net.createConnection(opts.port ?? 3310, opts.host ?? '127.0.0.1');

  function command(cmd: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const sock = connect();
      let out = '';
      sock.setTimeout(Math.min(timeoutMs, 10_000), () => sock.destroy(new Error('timeout')));
      sock.on('connect', () => sock.write(`z${cmd}\0`));
      sock.on('data', (d) => (out += d.toString('utf8')));
      sock.on('error', reject);
      sock.on('close', () => resolve(out.replace(/\0/g, '').trim()));
    });
  }

  return {
    id: 'clamd',
    command,
    async health(): Promise<AvHealth> {
      try {
        const pong = await command('PING');
        if (pong !== 'PONG') return { ok: false, version: null, detail: `clamd trả lời "${pong}"` };
        return { ok: true, version: await command('VERSION'), detail: null };
      } catch (err) {
        return {
          ok: false,
          version: null,
          detail: `Không kết nối được clamd (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
        };
      }
    },
    scanFile(file, signal) {
      const started = Date.now();
      return new Promise<AvResult>((resolve) => {
        let size: number;
        try {
          size = fs.statSync(file).size;
        } catch (err) {
          return resolve({ verdict: 'error', signature: null, raw: `không đọc được tệp: ${(err as NodeJS.ErrnoException).code}`, ms: 0 });
        }
        if (size > maxBytes) {
          // Fail closed: clamd would answer "OK" for what it did not read.
          return resolve({ verdict: 'error', signature: null, raw: `size ${size} > limit ${maxBytes}`, ms: 0 });
        }
        const sock = connect();
        let reply = '';
        let settled = false;
        const finish = (r: Omit<AvResult, 'ms'>) => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          sock.destroy();
          resolve({ ...r, ms: Date.now() - started });
        };
        const onAbort = () => finish({ verdict: 'error', signature: null, raw: 'cancelled' });
        signal?.addEventListener('abort', onAbort, { once: true });
        sock.setTimeout(timeoutMs, () => finish({ verdict: 'error', signature: null, raw: 'timeout' }));
        sock.on('data', (d) => {
          reply += d.toString('utf8');
          if (reply.includes('\0')) finish({ ...parseClamdReply(reply), raw: reply.replace(/\0/g, '').trim() });
        });
        // EPIPE/ECONNRESET after clamd answered (size limit): the reply read so far is the answer.
        sock.on('error', (err) => {
          const code = (err as NodeJS.ErrnoException).code ?? err.message;
          // clamd closes the stream when it passes StreamMaxLength; when its reply is lost with the
          // broken pipe the verdict is still "not clean", and the reason says why.
          const raw = code === 'EPIPE' || code === 'ECONNRESET' ? `${code}: size limit exceeded (StreamMaxLength)` : code;
          if (reply.length === 0) finish({ verdict: 'error', signature: null, raw });
        });
        sock.on('close', () =>
          finish(
            reply
              ? { ...parseClamdReply(reply), raw: reply.replace(/\0/g, '').trim() }
              : { verdict: 'error', signature: null, raw: 'connection closed without reply' },
          ),
        );
        const send = async (): Promise<void> => {
          sock.write('zINSTREAM\0');
          const stream = fs.createReadStream(file, { highWaterMark: chunk });
          try {
            for await (const data of stream) {
              if (settled || sock.destroyed) break;
              const len = Buffer.alloc(4);
              len.writeUInt32BE((data as Buffer).length);
              const ok = sock.write(Buffer.concat([len, data as Buffer]));
              if (!ok) await new Promise((r) => sock.once('drain', r));
            }
            if (!settled && !sock.destroyed) sock.write(Buffer.alloc(4));
          } catch {
            // Writing failed (EPIPE): the reply handler decides.
          } finally {
            stream.destroy();
          }
        };
        sock.on('connect', () => void send());
      });
    },
  };
}
