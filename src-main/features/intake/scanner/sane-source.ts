/**
 * SANE through `scanimage` (Linux, macOS with Homebrew). One process per run, batch mode:
 * `--batch-print` names each finished page on stdout (the file is complete: scanimage writes
 * `.part` and renames), `-p` reports progress on stderr. Exit code = SANE_Status.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isChildRunError, runChild, type ChildControl } from '../../../core/child-process';
import { scanErrorFromRun } from './run-failure';
import { byLine, eventQueue, ScanError, type ScanErrorCode, type ScanEvent, type ScannerSource, type ScanRequest } from './scanner-source';

export interface SaneOptions {
  /** Path of scanimage; default from PATH. */
  binary?: string;
  /** Private SANE_CONFIG_DIR (tests use one with only the `test` backend). */
  configDir?: string;
  /** Extra device options appended to the command (e.g. the test backend's `--test-picture`). */
  extraArgs?: readonly string[];
  /** SIGINT first (scanimage calls sane_cancel), SIGKILL after this many ms. */
  killAfterMs?: number;
  /** No output (page names, progress) for this long = the scanner stopped answering (default 60 s). */
  idleTimeoutMs?: number;
  /** Bound on one whole run (default 2 h: a 500-sheet feeder at 600 dpi stays well inside). */
  timeoutMs?: number;
  /** Bound on listing devices (network backends look around for a while). */
  listTimeoutMs?: number;
  /** Once scanimage has printed how the batch ended, it gets this long to exit (default 10 s). */
  exitGraceMs?: number;
}

/** Lamp warm-up and a slow sheet feed stay far below a minute of silence. */
export const SANE_IDLE_MS = 60_000;
const SANE_RUN_MS = 2 * 60 * 60 * 1000;
/** Closing a USB scanner (parking the head) takes seconds, not ten. */
const SANE_EXIT_GRACE_MS = 10_000;

/** SANE_Status values as scanimage's exit code (measured with the test backend). */
export function mapSaneExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): ScanErrorCode | null {
  if (signal) return 'DEVICE_GONE';
  switch (code) {
    case 0:
      return null;
    case 1:
      return /open of device .* failed|no SANE devices found/i.test(stderr) ? 'NO_DEVICE' : 'IO';
    case 2:
      return 'CANCELLED';
    case 3:
      return 'BUSY';
    case 4:
      return 'UNSUPPORTED_SETTINGS';
    case 6:
      return 'JAMMED';
    case 7:
      return 'FEEDER_EMPTY';
    case 8:
      return 'COVER_OPEN';
    case 9:
      return 'IO';
    case 10:
      return 'NO_DEVICE';
    case 127:
      return 'NOT_AVAILABLE';
    default:
      return 'IO';
  }
}

export function buildScanimageArgs(req: ScanRequest, pattern: string, extra: readonly string[] = []): string[] {
  const args = [
    '-d',
    req.deviceId,
    '--resolution',
    String(req.dpi),
    // B/W is made from an 8-bit grey scan by the app: backends disagree on lineart names.
    '--mode',
    req.colorMode === 'color' ? 'Color' : 'Gray',
    '-x',
    String(req.areaMm.w),
    '-y',
    String(req.areaMm.h),
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
  const idleMs = opts.idleTimeoutMs ?? SANE_IDLE_MS;

  return {
    kind: 'sane',

    async listDevices(signal) {
      try {
        const r = await runChild(bin, {
          args: ['-f', '%d\t%v %m%n'],
          env,
          timeoutMs: opts.listTimeoutMs ?? 30_000,
          stderr: { maxChars: 8192, overflow: 'keep-tail' },
          ...(signal ? { signal } : {}),
        });
        return r.stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => {
            const [id, label] = l.split('\t');
            return { id: id!, label: (label ?? id!).trim(), kind: 'sane' as const };
          });
      } catch (err) {
        throw scanErrorFromRun(err, { pages: 0, idleMs, notInstalled: NOT_INSTALLED });
      }
    },

    scan(req, signal) {
      const q = eventQueue<ScanEvent>();
      fs.mkdirSync(req.workDir, { recursive: true });
      const pattern = path.join(req.workDir, 'sane-%04d.png');
      let pages = 0;
      let lastProgress = 0;
      let stderrSeen = '';
      /** The SANE status scanimage printed for the end of the batch, once it has. */
      let reportedEnd: number | null = null;

      const onStdout = byLine((line) => {
        const file = line.trim();
        if (!file) return;
        pages += 1;
        q.push({ type: 'page', page: { index: pages, file, mime: 'image/png', dpi: req.dpi } });
      });
      const onStderr = (s: string, run: ChildControl) => {
        stderrSeen = (stderrSeen + s).slice(-4096);
        if (reportedEnd === null) {
          // "Scanned page N. (scanner status = S)" with S neither GOOD nor EOF ends the batch, as
          // does "Batch terminated": scanimage has given its answer and only has to clean up.
          const st = [...stderrSeen.matchAll(/\(scanner status = (\d+)\)/g)].map((x) => Number(x[1])).find((n) => n !== 0 && n !== 5);
          if (st !== undefined) reportedEnd = st;
          else if (/Batch terminated/.test(stderrSeen)) reportedEnd = 0;
          // Some drivers hang in sane_cancel/sane_close after that (the test backend's reader
          // thread, under load): do not keep the clerk waiting a whole idle bound for a cleanup.
          if (reportedEnd !== null) run.setIdleMs(Math.min(idleMs, opts.exitGraceMs ?? SANE_EXIT_GRACE_MS));
        }
        const m = /Progress: ([\d.]+)%[^P]*$/.exec(s);
        const now = Date.now();
        if (m && now - lastProgress > 100) {
          lastProgress = now;
          q.push({ type: 'progress', page: pages + 1, percent: Number(m[1]) });
        }
      };

      runChild(bin, {
        args: buildScanimageArgs(req, pattern, opts.extraArgs),
        env,
        // scanimage prints a progress line on every read while paper moves: silence means the
        // scanner (or its driver) stopped answering.
        idleMs,
        timeoutMs: opts.timeoutMs ?? SANE_RUN_MS,
        // One line per finished page; progress lines come by the thousand: keep the tails only.
        stdout: { maxChars: 64 * 1024, overflow: 'keep-tail' },
        stderr: { maxChars: 8192, overflow: 'keep-tail' },
        onStdout,
        onStderr,
        signal,
        // SIGINT first: scanimage calls sane_cancel and removes its .part file.
        killSignal: 'SIGINT',
        killGraceMs: opts.killAfterMs ?? 5000,
      }).then(
        (r) => finish(r.code, r.signal, r.stderr),
        (err: unknown) => {
          if (isChildRunError(err) && err.reason === 'idle' && reportedEnd !== null) {
            // It answered (jam, empty feeder, done…) and then hung while cleaning up: the answer
            // is the outcome, the pages it named are in the batch.
            return finish(reportedEnd, null, err.partial.stderr);
          }
          removePartFiles(req.workDir);
          // After a cancel the test backend answers SIGINT with IO_ERROR (9): still a cancel.
          q.end(scanErrorFromRun(err, { pages, idleMs, notInstalled: NOT_INSTALLED, raw: stderrTail(err) }));
        },
      );
      return q.drain();

      function finish(code: number | null, sig: NodeJS.Signals | null, stderr: string): void {
        removePartFiles(req.workDir);
        const tail = withoutProgress(stderr);
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
      }
    },
  };
}

const NOT_INSTALLED = 'chưa cài scanimage (gói sane-utils)';

const withoutProgress = (stderr: string) =>
  stderr
    .replace(/Progress: [\d.]+%/g, '')
    .trim()
    .slice(-600);
const stderrTail = (err: unknown) => (isChildRunError(err) ? withoutProgress(err.partial.stderr) : '');

/** A killed scanimage leaves `page.png.part`; it is never a page. */
function removePartFiles(dir: string): void {
  try {
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.part')) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // The folder may already be gone (batch discarded); nothing to clean.
  }
}
