/** Test servers started as child processes (browser mode, the hub simulator, clamd): the URL they announce, their stop. */
import type { ChildProcess } from 'node:child_process';

/** SIGTERM, resolved once the child has exited (at once if it already has). */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The URL a child prints on stdout as `<marker> <url>` once it listens. Refused, with the child's
 * stderr, when it exits first or has said nothing within `timeoutMs`; `what` names it in the error.
 */
export function announcedUrl(child: ChildProcess, marker: string, what: string, timeoutMs: number): Promise<string> {
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${stderr}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = new RegExp(`${marker} (\\S+)`).exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}: ${stderr}`));
    });
  });
}
