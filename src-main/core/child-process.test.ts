/**
 * The process runner against real child processes (node scripts): it settles exactly once, on
 * time, whatever the child does, and leaves no process behind.
 */
import { describe, expect, it } from 'vitest';
import { isChildRunError, runChild, type ChildRunError, type RunChildOptions } from './child-process';
import { processAlive } from '../../tests/support/process-alive';

const node = (script: string, opts: Omit<RunChildOptions, 'args'> = { timeoutMs: 20_000 }) =>
  runChild(process.execPath, { ...opts, args: ['-e', script] });

async function failure(p: Promise<unknown>): Promise<ChildRunError> {
  try {
    await p;
  } catch (err) {
    if (isChildRunError(err)) return err;
    throw err;
  }
  throw new Error('the run should have failed');
}

const alive = processAlive;

// Node itself can take over a second to start on a loaded 2-core machine, and the idle watchdog
// counts from spawn: idle bounds here leave room for that.
const IDLE = 2000;

const PRINT_PID_THEN_SLEEP = "process.stdout.write(process.pid + '\\nbefore sleep\\n'); setTimeout(() => {}, 60_000);";

describe('runChild', () => {
  it('kills a child that prints then goes silent, after the idle time, keeping what it printed', async () => {
    const t0 = Date.now();
    const err = await failure(node(PRINT_PID_THEN_SLEEP, { timeoutMs: 60_000, idleMs: IDLE, killGraceMs: 500 }));
    const ms = Date.now() - t0;
    expect(err.reason).toBe('idle');
    expect(err.message).toMatch(/không có phản hồi trong 2 giây/);
    expect(err.partial.stdout).toContain('before sleep');
    expect(ms).toBeGreaterThanOrEqual(IDLE);
    expect(ms).toBeLessThan(IDLE + 8000);
    const pid = Number(err.partial.stdout.split('\n')[0]);
    expect(alive(pid)).toBe(false);
  });

  it('a caller can shorten the idle bound once the child has given its answer', async () => {
    const t0 = Date.now();
    const err = await failure(
      node(PRINT_PID_THEN_SLEEP, {
        timeoutMs: 60_000,
        idleMs: 60_000,
        killGraceMs: 500,
        onStdout: (t, run) => t.includes('before sleep') && run.setIdleMs(1000),
      }),
    );
    expect(err.reason).toBe('idle');
    expect(err.message).toMatch(/trong 1 giây/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('a child that keeps talking is not idle, and its exit status comes back', async () => {
    // 30 ticks 150 ms apart: 4.5 s in all, more than twice the idle bound.
    const script =
      "let n = 0; const t = setInterval(() => { process.stderr.write('tick ' + n + '\\n'); if (++n === 30) { clearInterval(t); process.exitCode = 4; } }, 150);";
    const r = await node(script, { timeoutMs: 60_000, idleMs: IDLE });
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(30);
    expect(r.ms).toBeGreaterThan(IDLE);
  });

  it('a child that exits before writing anything settles once, with its code, every time', async () => {
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => node(`process.exit(${i % 3})`, { timeoutMs: 20_000, idleMs: 5000 })),
    );
    expect(runs.map((r) => r.code)).toEqual(Array.from({ length: 12 }, (_, i) => i % 3));
    expect(runs.every((r) => r.stdout === '' && r.stderr === '' && r.signal === null)).toBe(true);
  });

  it('a child that writes far more than the bound is stopped, or only its tail is kept', async () => {
    const script =
      "const b = Buffer.alloc(64 * 1024, 'x'); let n = 0; (function w() { while (n < 80) { n++; if (!process.stdout.write(b)) return process.stdout.once('drain', w); } process.stdout.write('END'); })();";
    const err = await failure(node(script, { timeoutMs: 20_000, stdout: { maxChars: 256 * 1024 } }));
    expect(err.reason).toBe('output-limit');
    expect(err.partial.stdout.length).toBe(256 * 1024);

    const tail = await node(script, { timeoutMs: 20_000, stdout: { maxChars: 1000, overflow: 'keep-tail' } });
    expect(tail.code).toBe(0);
    expect(tail.stdout).toHaveLength(1000);
    expect(tail.stdout.endsWith('xxxEND')).toBe(true);
    expect(tail.stdoutBytes).toBe(80 * 64 * 1024 + 3);
  });

  it('a child killed by a signal resolves with that signal (the caller maps it)', async () => {
    const r = await node("process.stdout.write('half a page'); process.kill(process.pid, 'SIGKILL');");
    expect(r.signal).toBe('SIGKILL');
    expect(r.code).toBeNull();
    expect(r.stdout).toBe('half a page');
  });

  it('a child that ignores the first signal is killed after the grace, within the bound', async () => {
    const script =
      "process.on('SIGTERM', () => process.stdout.write('ignored\\n')); process.stdout.write(process.pid + '\\n'); setInterval(() => {}, 1000);";
    const t0 = Date.now();
    const err = await failure(node(script, { timeoutMs: 60_000, idleMs: IDLE, killGraceMs: 400 }));
    expect(err.reason).toBe('idle');
    expect(err.partial.signal).toBe('SIGKILL');
    expect(err.partial.stdout).toContain('ignored');
    expect(Date.now() - t0).toBeLessThan(IDLE + 8000);
    expect(alive(Number(err.partial.stdout.split('\n')[0]))).toBe(false);
  });

  it('the overall timeout stops a child that talks forever', async () => {
    const err = await failure(
      node("setInterval(() => process.stdout.write('.'), 20);", {
        timeoutMs: 500,
        idleMs: 5000,
        stdout: { maxChars: 100, overflow: 'keep-tail' },
      }),
    );
    expect(err.reason).toBe('timeout');
  });

  it('abort sends the chosen signal, and what the child says on its way out is still delivered', async () => {
    const ac = new AbortController();
    const seen: string[] = [];
    const script =
      "process.on('SIGINT', () => { process.stdout.write('page-2.png\\n'); process.exit(9); }); process.stdout.write('page-1.png\\n'); setInterval(() => {}, 1000);";
    const p = node(script, {
      timeoutMs: 20_000,
      signal: ac.signal,
      killSignal: 'SIGINT',
      onStdout: (t) => {
        seen.push(t);
        if (t.includes('page-1')) ac.abort();
      },
    });
    const err = await failure(p);
    expect(err.reason).toBe('aborted');
    expect(err.partial.code).toBe(9);
    expect(seen.join('')).toBe('page-1.png\npage-2.png\n');
  });

  it('does not wait for a grandchild that holds the pipes after the child exited, and kills it', async () => {
    const script = [
      "const { spawn } = require('node:child_process');",
      "const g = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'inherit' });",
      "process.stdout.write(g.pid + '\\n', () => process.exit(0));",
    ].join(' ');
    const t0 = Date.now();
    const r = await node(script, { timeoutMs: 30_000, idleMs: 20_000, closeGraceMs: 300 });
    expect(r.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    const grandchild = Number(r.stdout.trim());
    await new Promise((res) => setTimeout(res, 200));
    expect(alive(grandchild)).toBe(false);
  });

  it('never splits a Vietnamese character across chunks', async () => {
    const script =
      "const b = Buffer.from('Máy quét không phản hồi'); process.stdout.write(b.subarray(0, 2)); setTimeout(() => process.stdout.write(b.subarray(2)), 100);";
    const chunks: string[] = [];
    const r = await node(script, { timeoutMs: 20_000, onStdout: (t) => chunks.push(t) });
    expect(r.stdout).toBe('Máy quét không phản hồi');
    expect(chunks.join('')).toBe('Máy quét không phản hồi');
  });

  it('names a program that is not installed', async () => {
    const err = await failure(runChild('/nonexistent/scanimage', { timeoutMs: 5000 }));
    expect(err.reason).toBe('not-found');
    expect(err.message).toMatch(/không tìm thấy chương trình/);
  });

  it('a consumer that throws stops the child and fails the run with its error', async () => {
    const err = await failure(
      node(PRINT_PID_THEN_SLEEP, {
        timeoutMs: 20_000,
        onStdout: () => {
          throw new Error('bad line');
        },
      }),
    );
    expect(err.reason).toBe('callback-failed');
    expect((err.cause as Error).message).toBe('bad line');
  });
});
