/**
 * eSCL (AirScan / Mopria) client over HTTP(S), pure Node. The device address is entered by hand
 * (government LANs often block multicast discovery); `deviceId` is the base URL, e.g.
 * `http://192.168.1.20:8080/eSCL`. Behaviour follows sane-airscan: 503 = not ready (retry),
 * 404/410 on NextDocument = no more pages, 409 = bad settings or empty feeder (read the status),
 * and the job is always DELETEd at the end or on cancel. Only the path of `Location` is trusted.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { buildScanSettings, parseCapabilities, parseScannerStatus, type EsclCapabilities } from './escl-xml';
import { eventQueue, ScanError, type ScanEvent, type ScannerSource, type ScanRequest } from './scanner-source';

export interface EsclOptions {
  /** Pause before retrying a 503 (sane-airscan: 1 s). */
  retryDelayMs?: number;
  /** 503s tolerated per request before giving up (sane-airscan: 30 for NextDocument). */
  maxRetries?: number;
  /** Per request; a device that stops answering is "gone". */
  timeoutMs?: number;
  /** Self-signed certificates are the norm on printers; pin per device in settings instead. */
  rejectUnauthorized?: boolean;
  /** Largest page accepted (a 600 dpi colour PNG A4 is ~100 MB). */
  maxPageBytes?: number;
  format?: 'image/jpeg' | 'image/png';
  /** Known base URLs (manual entry); listDevices asks each for its capabilities. */
  devices?: readonly string[];
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  res: http.IncomingMessage;
}

function request(
  method: string,
  url: URL,
  body: string | null,
  opts: { timeoutMs: number; rejectUnauthorized: boolean; signal?: AbortSignal },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method,
        timeout: opts.timeoutMs,
        headers: body === null ? {} : { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body) },
        ...(url.protocol === 'https:' ? { rejectUnauthorized: opts.rejectUnauthorized } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, res }),
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

async function readText(res: http.IncomingMessage, max = 1 << 20): Promise<string> {
  let s = '';
  for await (const chunk of res) {
    s += (chunk as Buffer).toString('utf8');
    if (s.length > max) {
      res.destroy();
      break;
    }
  }
  return s;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

function networkError(err: unknown, pages: number): ScanError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (code === 'ETIMEDOUT') return new ScanError('TIMEOUT', { pagesDelivered: pages });
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENOTFOUND' || code === 'ENETUNREACH') {
    return new ScanError(pages > 0 ? 'DEVICE_GONE' : 'NO_DEVICE', { pagesDelivered: pages, detail: code });
  }
  return new ScanError('DEVICE_GONE', { pagesDelivered: pages, detail: code || String(err) });
}

/** ScannerAdf* status words mapped to the port's error codes. */
export function adfStateError(adfState: string | null): 'JAMMED' | 'COVER_OPEN' | 'FEEDER_EMPTY' | null {
  if (!adfState) return null;
  if (/Jam|Mispick|Multipick/i.test(adfState)) return 'JAMMED';
  if (/DoorOpen|HatchOpen/i.test(adfState)) return 'COVER_OPEN';
  if (/Empty/i.test(adfState)) return 'FEEDER_EMPTY';
  return null;
}

export function createEsclSource(
  opts: EsclOptions = {},
): ScannerSource & { capabilities(base: string, signal?: AbortSignal): Promise<EsclCapabilities> } {
  const retryDelayMs = opts.retryDelayMs ?? 1000;
  const maxRetries = opts.maxRetries ?? 30;
  const http0 = { timeoutMs: opts.timeoutMs ?? 30_000, rejectUnauthorized: opts.rejectUnauthorized ?? false };
  const maxPageBytes = opts.maxPageBytes ?? 150 * 1024 * 1024;
  const format = opts.format ?? 'image/jpeg';
  const base = (id: string) => new URL(id.endsWith('/') ? id : `${id}/`);

  async function status(b: URL, signal?: AbortSignal) {
    try {
      const r = await request('GET', new URL('ScannerStatus', b), null, { ...http0, ...(signal ? { signal } : {}) });
      return parseScannerStatus(await readText(r.res));
    } catch {
      return { state: null, adfState: null };
    }
  }

  async function capabilities(id: string, signal?: AbortSignal): Promise<EsclCapabilities> {
    let r: Reply;
    try {
      r = await request('GET', new URL('ScannerCapabilities', base(id)), null, { ...http0, ...(signal ? { signal } : {}) });
    } catch (err) {
      throw networkError(err, 0);
    }
    const xml = await readText(r.res);
    if (r.status !== 200) throw new ScanError('NO_DEVICE', { detail: `${id} trả lời HTTP ${r.status}` });
    return parseCapabilities(xml);
  }

  async function run(req: ScanRequest, signal: AbortSignal, push: (e: ScanEvent) => void): Promise<void> {
    const b = base(req.deviceId);
    const body = buildScanSettings({ source: req.source, colorMode: req.colorMode, dpi: req.dpi, areaMm: req.areaMm, format });
    let pages = 0;
    let jobPath: string | null = null;
    const ext = format === 'image/png' ? 'png' : 'jpg';
    try {
      // POST ScanJobs, retrying while the device is busy.
      for (let attempt = 0; ; attempt++) {
        if (signal.aborted) throw new ScanError('CANCELLED');
        let r: Reply;
        try {
          r = await request('POST', new URL('ScanJobs', b), body, { ...http0, signal });
        } catch (err) {
          if (signal.aborted) throw new ScanError('CANCELLED');
          throw networkError(err, 0);
        }
        await readText(r.res);
        if (r.status === 201) {
          const loc = r.headers.location;
          if (!loc) throw new ScanError('IO', { detail: 'máy quét không trả về địa chỉ lệnh quét (Location)' });
          // Trust only the path: devices send wrong hosts (and broken IPv6 literals).
          jobPath = new URL(loc, b).pathname.replace(/\/+$/, '');
          break;
        }
        if (r.status === 503 && attempt < Math.min(maxRetries, 10)) {
          await sleep(retryDelayMs, signal);
          continue;
        }
        if (r.status === 503) throw new ScanError('BUSY', { raw: `POST ScanJobs ${r.status}` });
        const st = await status(b, signal);
        const adf = req.source === 'flatbed' ? null : adfStateError(st.adfState);
        if (adf) throw new ScanError(adf, { raw: `POST ScanJobs ${r.status} ${st.adfState}` });
        if (r.status === 409 || r.status === 400)
          throw new ScanError('UNSUPPORTED_SETTINGS', {
            raw: `POST ScanJobs ${r.status}`,
            detail: `${req.dpi} dpi, ${req.colorMode}, ${req.source}`,
          });
        throw new ScanError('IO', { raw: `POST ScanJobs ${r.status}`, detail: `HTTP ${r.status}` });
      }

      const max = req.source === 'flatbed' ? 1 : (req.maxPages ?? Infinity);
      let retries = 0;
      while (pages < max) {
        if (signal.aborted) throw new ScanError('CANCELLED', { pagesDelivered: pages });
        push({ type: 'progress', page: pages + 1, percent: 0 });
        let r: Reply;
        try {
          r = await request('GET', new URL(`${jobPath}/NextDocument`, b), null, { ...http0, signal });
        } catch (err) {
          if (signal.aborted) throw new ScanError('CANCELLED', { pagesDelivered: pages });
          throw networkError(err, pages);
        }
        if (r.status === 200) {
          retries = 0;
          const file = path.join(req.workDir, `escl-${String(pages + 1).padStart(4, '0')}.${ext}`);
          await savePage(r.res, file, maxPageBytes, pages, signal);
          pages += 1;
          const type = String(r.headers['content-type'] ?? format)
            .split(';')[0]!
            .trim();
          push({
            type: 'page',
            page: {
              index: pages,
              file,
              mime: type === 'image/png' ? 'image/png' : type === 'application/pdf' ? 'application/pdf' : 'image/jpeg',
              dpi: req.dpi,
            },
          });
          continue;
        }
        await readText(r.res);
        if (r.status === 404 || r.status === 410) {
          if (pages === 0 && req.source !== 'flatbed') {
            // Some devices accept the job with an empty feeder and only then say "no pages".
            const st = await status(b, signal);
            throw new ScanError(adfStateError(st.adfState) ?? 'FEEDER_EMPTY', { raw: `NextDocument ${r.status}` });
          }
          push({ type: 'end', reason: req.source === 'flatbed' ? 'completed' : 'feeder-empty' });
          return;
        }
        if (r.status === 503) {
          const st = await status(b, signal);
          const adf = adfStateError(st.adfState);
          if (adf === 'JAMMED' || adf === 'COVER_OPEN')
            throw new ScanError(adf, { pagesDelivered: pages, raw: `NextDocument 503 ${st.adfState}` });
          if (++retries > maxRetries) throw new ScanError('TIMEOUT', { pagesDelivered: pages, raw: 'NextDocument 503' });
          await sleep(retryDelayMs, signal);
          continue;
        }
        const st = await status(b, signal);
        throw new ScanError(adfStateError(st.adfState) ?? 'IO', {
          pagesDelivered: pages,
          raw: `NextDocument ${r.status} ${st.adfState ?? ''}`.trim(),
        });
      }
      push({ type: 'end', reason: 'completed' });
    } catch (err) {
      if (err instanceof ScanError) {
        throw err.pagesDelivered === pages ? err : new ScanError(err.code, { pagesDelivered: pages, ...(err.raw ? { raw: err.raw } : {}) });
      }
      throw new ScanError('IO', { pagesDelivered: pages, detail: String(err) });
    } finally {
      if (jobPath) {
        // Cancel on the device (or free the finished job); a gone device cannot answer, which is fine.
        try {
          const r = await request('DELETE', new URL(jobPath, b), null, { ...http0, timeoutMs: 3000 });
          r.res.resume();
        } catch {
          // Best effort only.
        }
      }
    }
  }

  return {
    kind: 'escl',
    capabilities,
    async listDevices(signal) {
      const out = [];
      for (const id of opts.devices ?? []) {
        try {
          const caps = await capabilities(id, signal);
          out.push({ id, label: caps.makeAndModel ?? id, kind: 'escl' as const });
        } catch {
          // Unreachable device: not listed; the scan itself reports NO_DEVICE by name.
        }
      }
      return out;
    },
    scan(req, signal) {
      fs.mkdirSync(req.workDir, { recursive: true });
      const q = eventQueue<ScanEvent>();
      run(req, signal, (e) => q.push(e)).then(
        () => q.end(),
        (err: unknown) =>
          q.end(signal.aborted && err instanceof ScanError ? new ScanError('CANCELLED', { pagesDelivered: err.pagesDelivered }) : err),
      );
      return q.drain();
    },
  };
}

/** Streams a page body to disk, bounded; a half-received page is deleted, never kept. */
async function savePage(res: http.IncomingMessage, file: string, max: number, pages: number, signal: AbortSignal): Promise<void> {
  const tmp = `${file}.part`;
  const out = fs.createWriteStream(tmp);
  let size = 0;
  try {
    for await (const chunk of res) {
      size += (chunk as Buffer).length;
      if (size > max) throw new ScanError('IO', { pagesDelivered: pages, detail: `trang quá lớn (>${Math.round(max / 1048576)} MB)` });
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    if (!res.complete) throw new ScanError('DEVICE_GONE', { pagesDelivered: pages, detail: 'trang bị cắt giữa chừng' });
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    fs.renameSync(tmp, file);
  } catch (err) {
    out.destroy();
    fs.rmSync(tmp, { force: true });
    if (signal.aborted) throw new ScanError('CANCELLED', { pagesDelivered: pages });
    if (err instanceof ScanError) throw err;
    throw new ScanError('DEVICE_GONE', { pagesDelivered: pages, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}
