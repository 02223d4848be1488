/**
 * The one way `src-main` runs an external program (scanimage, NAPS2, PowerShell/WIA, tesseract,
 * MpCmdRun, the PKCS#11 probe). Every run is bounded:
 * - an overall timeout, and an idle watchdog (no byte on stdout or stderr for `idleMs`);
 * - the output it keeps (a run that prints more either fails or keeps the tail, per stream);
 * - the wait for the pipes to close after the program has exited (a grandchild that inherited
 *   them must not keep the caller waiting);
 * - the kill itself: the first signal goes to the whole process group (POSIX), SIGKILL follows
 *   after `killGraceMs`, and the promise settles even if the process cannot be reaped.
 * The promise settles exactly once, whatever the order of 'error', 'exit', 'close' and the stream
 * events. It resolves with the exit status (the caller maps codes) and rejects only with a
 * ChildRunError whose `reason` the caller maps to its own Vietnamese message.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

export type ChildFailureReason =
  /** The program is not installed (ENOENT) or not executable (EACCES). */
  | 'not-found'
  /** spawn itself failed for another reason (EAGAIN, ENOMEM…). */
  | 'spawn-failed'
  /** The overall timeout passed. */
  | 'timeout'
  /** No output for `idleMs`: the program (or the device behind it) stopped answering. */
  | 'idle'
  /** A stream printed more than its bound and the caller asked to fail on that. */
  | 'output-limit'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** The caller's onStdout/onStderr threw; the child is killed and the error is the cause. */
  | 'callback-failed';

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Kept output (all of it, or its tail for a `keep-tail` stream). */
  stdout: string;
  stderr: string;
  /** Total bytes the child wrote, kept or not. */
  stdoutBytes: number;
  stderrBytes: number;
  ms: number;
}

export class ChildRunError extends Error {
  readonly reason: ChildFailureReason;
  /** What was received before the failure (exit status null when the child had to be killed). */
  readonly partial: ChildResult;
  readonly command: string;

  constructor(reason: ChildFailureReason, command: string, partial: ChildResult, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ChildRunError';
    this.reason = reason;
    this.command = command;
    this.partial = partial;
  }
}

export function isChildRunError(err: unknown): err is ChildRunError {
  return err instanceof ChildRunError;
}

export interface StreamBound {
  /** Characters kept for this stream (default 1 MiB). */
  maxChars?: number;
  /** Past the bound: fail the run ('fail', default) or keep only the newest `maxChars` ('keep-tail'). */
  overflow?: 'fail' | 'keep-tail';
}

export interface RunChildOptions {
  args?: readonly string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Overall bound on the run, from spawn to settle (before the kill grace). */
  timeoutMs: number;
  /** Kill the child when it writes nothing on stdout or stderr for this long; 0 or absent = off. */
  idleMs?: number;
  stdout?: StreamBound | 'ignore';
  stderr?: StreamBound | 'ignore';
  /**
   * Called with each decoded chunk (UTF-8, never a split character) as it arrives, and the run's
   * control: a program that has announced its end can be given a shorter idle bound.
   */
  onStdout?: (text: string, run: ChildControl) => void;
  onStderr?: (text: string, run: ChildControl) => void;
  signal?: AbortSignal;
  /** First signal on timeout, idle or abort (SIGINT lets scanimage call sane_cancel). Default SIGTERM. */
  killSignal?: NodeJS.Signals;
  /** SIGKILL this long after the first signal (default 3 s). */
  killGraceMs?: number;
  /** After 'exit', wait this long for the pipes to close before giving up on them (default 2 s). */
  closeGraceMs?: number;
  /** Own process group on POSIX, so a kill reaches grandchildren too (default true). */
  processGroup?: boolean;
}

export interface ChildControl {
  /** Replace the idle bound from now on (e.g. a few seconds once the program printed its result). */
  setIdleMs(ms: number): void;
}

const DEFAULT_MAX_CHARS = 1024 * 1024;

/** Children still running, killed if this process exits first (they may be in their own group). */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess, group: boolean): void {
  live.add(child);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const c of live) killTree(c, 'SIGKILL', group);
  });
}

function killTree(child: ChildProcess, sig: NodeJS.Signals, group: boolean): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (group && process.platform !== 'win32') {
    try {
      process.kill(-pid, sig);
      return;
    } catch {
      // The group is gone (or was never made): fall back to the child alone.
    }
  }
  if (process.platform === 'win32' && sig === 'SIGKILL') {
    // Windows has no process groups for signals: taskkill /T takes the tree down.
    const tk = spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true, stdio: 'ignore' });
    tk.on('error', () => undefined);
  }
  try {
    child.kill(sig);
  } catch {
    // Already reaped.
  }
}

const REASON_TEXT: Record<ChildFailureReason, (o: { bin: string; ms: number; idleMs: number }) => string> = {
  'not-found': ({ bin }) => `không tìm thấy chương trình ${bin}`,
  'spawn-failed': ({ bin }) => `không khởi chạy được ${bin}`,
  timeout: ({ bin, ms }) => `${bin} chạy quá ${Math.round(ms / 1000)} giây`,
  idle: ({ bin, idleMs }) => `${bin} không có phản hồi trong ${Math.round(idleMs / 1000)} giây`,
  'output-limit': ({ bin }) => `${bin} trả về quá nhiều dữ liệu`,
  aborted: ({ bin }) => `đã dừng ${bin}`,
  'callback-failed': ({ bin }) => `lỗi khi xử lý dữ liệu từ ${bin}`,
};

/**
 * Runs `bin` and settles once: resolves with the exit status when the child ends on its own,
 * rejects with ChildRunError when it cannot start or had to be stopped. Never hangs longer than
 * timeoutMs + killGraceMs + closeGraceMs.
 */
export function runChild(bin: string, opts: RunChildOptions): Promise<ChildResult> {
  const started = Date.now();
  const killGraceMs = opts.killGraceMs ?? 3000;
  const closeGraceMs = opts.closeGraceMs ?? 2000;
  const group = (opts.processGroup ?? true) && process.platform !== 'win32';
  const outBound = opts.stdout === 'ignore' ? null : (opts.stdout ?? {});
  const errBound = opts.stderr === 'ignore' ? null : (opts.stderr ?? {});

  return new Promise<ChildResult>((resolve, reject) => {
    let settled = false;
    let failure: { reason: ChildFailureReason; cause?: unknown } | null = null;
    let exitStatus: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    const timers = new Set<NodeJS.Timeout>();
    const out = { text: '', bytes: 0, dec: new StringDecoder('utf8') };
    const err = { text: '', bytes: 0, dec: new StringDecoder('utf8') };

    const later = (ms: number, fn: () => void): NodeJS.Timeout => {
      const t = setTimeout(() => {
        timers.delete(t);
        fn();
      }, ms);
      timers.add(t);
      return t;
    };
    const result = (): ChildResult => ({
      code: exitStatus?.code ?? null,
      signal: exitStatus?.signal ?? null,
      stdout: out.text,
      stderr: err.text,
      stdoutBytes: out.bytes,
      stderrBytes: err.bytes,
      ms: Date.now() - started,
    });

    let child: ChildProcess;
    try {
      child = spawn(bin, opts.args ?? [], {
        ...(opts.env ? { env: opts.env } : {}),
        ...(opts.cwd ? { cwd: opts.cwd } : {}),
        stdio: ['ignore', outBound ? 'pipe' : 'ignore', errBound ? 'pipe' : 'ignore'],
        windowsHide: true,
        detached: group,
      });
    } catch (e) {
      // Invalid arguments (a NUL byte in an argument…) throw synchronously.
      reject(new ChildRunError('spawn-failed', bin, result(), REASON_TEXT['spawn-failed']({ bin, ms: 0, idleMs: 0 }), e));
      return;
    }
    if (child.pid !== undefined) track(child, group);

    const finish = () => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      opts.signal?.removeEventListener('abort', onAbort);
      live.delete(child);
      // Pipes a grandchild still holds: stop reading them, the run is over.
      child.stdout?.destroy();
      child.stderr?.destroy();
      flushDecoders();
      const r = result();
      if (failure) {
        const text = REASON_TEXT[failure.reason]({ bin, ms: opts.timeoutMs, idleMs });
        reject(new ChildRunError(failure.reason, bin, r, text, failure.cause));
      } else resolve(r);
    };

    /** Stop the child for `reason`; the run settles when it is gone or, at worst, after the graces. */
    const stop = (reason: ChildFailureReason, sig: NodeJS.Signals, cause?: unknown) => {
      if (settled) return;
      if (exitStatus) {
        // It ended on its own before the watchdog or the abort: its exit status is the outcome.
        // A bad chunk or consumer still fails the run; the pending close grace settles it.
        if (reason === 'output-limit' || reason === 'callback-failed') failure ??= { reason, cause };
        return;
      }
      failure ??= { reason, ...(cause === undefined ? {} : { cause }) };
      killTree(child, sig, group);
      if (sig !== 'SIGKILL') later(killGraceMs, () => killTree(child, 'SIGKILL', group));
      // A process stuck in the kernel (uninterruptible I/O on a dead USB device) may never be reaped.
      later((sig !== 'SIGKILL' ? killGraceMs : 0) + closeGraceMs + 1000, finish);
    };

    const onAbort = () => stop('aborted', opts.killSignal ?? 'SIGTERM');

    let idleTimer: NodeJS.Timeout | undefined;
    let idleMs = opts.idleMs ?? 0;
    const control: ChildControl = {
      setIdleMs(ms) {
        if (ms === idleMs) return;
        idleMs = ms;
        if (idleTimer) {
          clearTimeout(idleTimer);
          timers.delete(idleTimer);
          idleTimer = undefined;
        }
        armIdle();
      },
    };
    const armIdle = () => {
      if (idleMs <= 0 || settled || failure || exitStatus) return;
      if (idleTimer) {
        // refresh() keeps the same timer: cheap enough for thousands of progress chunks.
        idleTimer.refresh();
        return;
      }
      idleTimer = later(idleMs, () => stop('idle', opts.killSignal ?? 'SIGTERM'));
    };

    const keep = (s: typeof out, bound: StreamBound, text: string): boolean => {
      const max = bound.maxChars ?? DEFAULT_MAX_CHARS;
      s.text += text;
      if (s.text.length <= max) return true;
      if (bound.overflow === 'keep-tail') {
        s.text = s.text.slice(-max);
        return true;
      }
      s.text = s.text.slice(0, max);
      return false;
    };
    // After a kill for idle, timeout or abort, output still in the pipe is delivered: a page the
    // scanner finished just before is a page. After a bad chunk or consumer, nothing more is.
    const deaf = () => failure?.reason === 'output-limit' || failure?.reason === 'callback-failed';
    const onChunk = (s: typeof out, bound: StreamBound, cb: ((t: string, run: ChildControl) => void) | undefined) => (chunk: Buffer) => {
      if (settled || deaf()) return;
      s.bytes += chunk.length;
      armIdle();
      const text = s.dec.write(chunk);
      if (!text) return;
      if (!keep(s, bound, text)) {
        stop('output-limit', 'SIGKILL');
        return;
      }
      try {
        cb?.(text, control);
      } catch (e) {
        stop('callback-failed', 'SIGKILL', e);
      }
    };
    const flushDecoders = () => {
      for (const [s, bound, cb] of [
        [out, outBound, opts.onStdout],
        [err, errBound, opts.onStderr],
      ] as const) {
        const rest = s.dec.end();
        if (!rest || !bound || deaf()) continue;
        if (keep(s, bound, rest)) {
          try {
            cb?.(rest, control);
          } catch {
            // The run is over; a failing consumer of the last character changes nothing.
          }
        }
      }
    };

    if (outBound) child.stdout!.on('data', onChunk(out, outBound, opts.onStdout));
    if (errBound) child.stderr!.on('data', onChunk(err, errBound, opts.onStderr));
    // A stream error (EPIPE after a kill) is not the run's outcome: 'exit' and 'close' still come.
    child.stdout?.on('error', () => undefined);
    child.stderr?.on('error', () => undefined);

    child.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      if (child.pid === undefined || e.code === 'ENOENT') {
        // Never started: no 'exit' will come.
        failure = { reason: e.code === 'ENOENT' || e.code === 'EACCES' ? 'not-found' : 'spawn-failed', cause: e };
        finish();
      }
      // Otherwise a failed kill() of a process that already ended: 'exit'/'close' settle the run.
    });
    child.on('exit', (code, sig) => {
      if (settled) return;
      exitStatus = { code, signal: sig };
      if (idleTimer) clearTimeout(idleTimer);
      // Normally 'close' follows at once, after the last bytes in the pipes; if a grandchild holds
      // them open, stop waiting for it.
      later(closeGraceMs, () => {
        killTree(child, 'SIGKILL', group);
        finish();
      });
    });
    child.on('close', (code, sig) => {
      if (!exitStatus) exitStatus = { code, signal: sig };
      finish();
    });

    later(opts.timeoutMs, () => stop('timeout', opts.killSignal ?? 'SIGTERM'));
    armIdle();
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
