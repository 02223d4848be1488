/**
 * SANE through `scanimage` (Linux, macOS with Homebrew). One process per run, batch mode:
 * `--batch-print` names each finished page on stdout (the file is complete: scanimage writes
 * `.part` and renames), `-p` reports progress on stderr. Exit code = SANE_Status.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eventQueue, ScanError, type DeviceInfo, type ScanErrorCode, type ScanEvent, type ScannerSource, type ScanRequest } from './scanner-source';

export interface SaneOptions {
  /** Path of scanimage; default from PATH. */
  binary?: string;
  /** Private SANE_CONFIG_DIR (tests use one with only the `test` backend). */
  configDir?: string;
  /** Extra device options appended to the command (e.g. the test backend's `--test-picture`). */
  extraArgs?: readonly string[];
  /** SIGINT first (scanimage calls sane_cancel), SIGKILL after this many ms. */
  killAfterMs?: number;
}

/** SANE_Status values as scanimage's exit code (measured with the test backend). */
export function mapSaneExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): ScanErrorCode | null {
  if (signal) return 'DEVICE_GONE';
  switch (code) {
    case 0: return null;
    case 1: return /open of device .* failed|no SANE devices found/i.test(stderr) ? 'NO_DEVICE' : 'IO';
    case 2: return 'CANCELLED';
    case 3: return 'BUSY';
    case 4: return 'UNSUPPORTED_SETTINGS';
    case 6: return 'JAMMED';
    case 7: return 'FEEDER_EMPTY';
    case 8: return 'COVER_OPEN';
    case 9: return 'IO';
    case 10: return 'NO_DEVICE';
    case 127: return 'NOT_AVAILABLE';
    default: return 'IO';
  }
}

export function buildScanimageArgs(req: ScanRequest, pattern: string, extra: readonly string[] = []): string[] {
  const args = [
    '-d', req.deviceId,
    '--resolution', String(req.dpi),
    // B/W is made from an 8-bit grey scan by the app: backends disagree on lineart names.
    '--mode', req.colorMode === 'color' ? 'Color' : 'Gray',
    '-x', String(req.areaMm.w),
    '-y', String(req.areaMm.h),
    '--format=png',
    `--batch=${pattern}`,
    '--batch-print',
    '-p',
  ];
  if (req.source !== 'flatbed') args.push('--source', 'Automatic Document Feeder');
  const max = req.source === 'flatbed' ? 1 : req.maxPages;
  if (max !== undefined) args.push(`--batch-count=${max}`);
  return [...args, ...extra];
}

export function createSaneSource(opts: SaneOptions = {}): ScannerSource {
  const bin = opts.binary ?? 'scanimage';
  const env = { ...process.env, ...(opts.configDir ? { SANE_CONFIG_DIR: opts.configDir } : {}) };

  return {
    kind: 'sane',

    listDevices(signal) {
      return new Promise<DeviceInfo[]>((resolve, reject) => {
        const child = spawn(bin, ['-f', '%d\t%v %m%n'], { env, signal });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
        child.on('error', (err) => reject((err as NodeJS.ErrnoException).code === 'ENOENT' ? new ScanError('NOT_AVAILABLE', { detail: 'chưa cài scanimage (gói sane-utils)' }) : err));
        child.on('close', () => {
          resolve(
            out.split('\n').filter(Boolean).map((l) => {
              const [id, label] = l.split('\t');
              return { id: id!, label: (label ?? id!).trim(), kind: 'sane' as const };
            }),
          );
        });
      });
    },

    scan(req, signal) {
      const q = eventQueue<ScanEvent>();
      fs.mkdirSync(req.workDir, { recursive: true });
      const pattern = path.join(req.workDir, 'sane-%04d.png');
      const child = spawn(bin, buildScanimageArgs(req, pattern, opts.extraArgs), { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let pages = 0;
      let stderr = '';
      let cancelled = false;
      let stdoutBuf = '';
      let lastProgress = 0;

      const onAbort = () => {
        cancelled = true;
        child.kill('SIGINT');
        const t = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 5000);
        t.unref();
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });

      child.stdout.on('data', (d: Buffer) => {
        stdoutBuf += d.toString('utf8');
        let nl: number;
        while ((nl = stdoutBuf.indexOf('\n')) >= 0) {
          const file = stdoutBuf.slice(0, nl).trim();
          stdoutBuf = stdoutBuf.slice(nl + 1);
          if (!file) continue;
          pages += 1;
          q.push({ type: 'page', page: { index: pages, file, mime: 'image/png', dpi: req.dpi } });
        }
      });
      child.stderr.on('data', (d: Buffer) => {
        const s = d.toString('utf8');
        // Keep the tail only: progress lines come by the thousand.
        stderr = (stderr + s).slice(-8192);
        const m = /Progress: ([\d.]+)%[^P]*$/.exec(s);
        const now = Date.now();
        if (m && now - lastProgress > 100) {
          lastProgress = now;
          q.push({ type: 'progress', page: pages + 1, percent: Number(m[1]) });
        }
      });
      child.on('error', (err) => {
        signal.removeEventListener('abort', onAbort);
        q.end((err as NodeJS.ErrnoException).code === 'ENOENT' ? new ScanError('NOT_AVAILABLE', { detail: 'chưa cài scanimage (gói sane-utils)' }) : new ScanError('IO', { detail: String(err) }));
      });
      child.on('close', (code, sig) => {
        signal.removeEventListener('abort', onAbort);
        removePartFiles(req.workDir);
        const tail = stderr.replace(/Progress: [\d.]+%/g, '').trim().slice(-600);
        if (cancelled) {
          // The test backend answers SIGINT with IO_ERROR (9): any exit after our cancel is a cancel.
          q.end(new ScanError('CANCELLED', { pagesDelivered: pages, raw: tail }));
          return;
        }
        const mapped = mapSaneExit(code, sig, stderr);
        if (mapped === null) {
          q.push({ type: 'end', reason: /out of documents/i.test(stderr) ? 'feeder-empty' : 'completed' });
          q.end();
        } else if (mapped === 'FEEDER_EMPTY' && pages > 0) {
          q.push({ type: 'end', reason: 'feeder-empty' });
          q.end();
        } else {
          const detail = /scanimage: (.*)/.exec(tail)?.[1];
          q.end(new ScanError(mapped, { pagesDelivered: pages, raw: tail, ...(detail ? { detail } : {}) }));
        }
      });
      return q.drain();
    },
  };
}

/** A killed scanimage leaves `page.png.part`; it is never a page. */
function removePartFiles(dir: string): void {
  try {
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.part')) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // The folder may already be gone (batch discarded); nothing to clean.
  }
}
