/**
 * Windows Defender through its command line (MpCmdRun.exe), which every supported Windows has.
 * Exit 0 = no threat, 2 = threat found (the name is on stdout as "Threat  : <name>"); anything
 * else is an error. -DisableRemediation keeps Defender from deleting the file, so the app can
 * quarantine it and audit that itself.
 */
import { isChildRunError, runChild } from '../../../core/child-process';
import type { AvHealth, AvResult, VirusScanner } from './virus-scanner';

export const DEFAULT_MPCMDRUN = 'C:\\Program Files\\Windows Defender\\MpCmdRun.exe';

export function buildDefenderArgs(file: string): string[] {
  return ['-Scan', '-ScanType', '3', '-File', file, '-DisableRemediation'];
}

export function parseDefenderResult(exitCode: number | null, stdout: string): Pick<AvResult, 'verdict' | 'signature'> {
  if (exitCode === 0 && /found no threats|no threats/i.test(stdout)) return { verdict: 'clean', signature: null };
  if (exitCode === 0 && !/threat/i.test(stdout)) return { verdict: 'clean', signature: null };
  if (exitCode === 2) {
    const name =
      /Threat\s*:\s*(.+)/i.exec(stdout)?.[1]?.trim() ??
      /found\s+\d+\s+threats?.*?:\s*(.+)/i.exec(stdout)?.[1]?.trim() ??
      'Mối đe dọa không rõ tên';
    return { verdict: 'infected', signature: name };
  }
  return { verdict: 'error', signature: null };
}

export function createDefenderScanner(opts: { binary?: string; timeoutMs?: number } = {}): VirusScanner {
  const bin = opts.binary ?? DEFAULT_MPCMDRUN;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  // MpCmdRun prints its verdict at the end only: an overall bound, no idle watchdog.
  const run = (args: string[], signal?: AbortSignal): Promise<{ code: number | null; out: string }> =>
    runChild(bin, {
      args,
      timeoutMs,
      stdout: { maxChars: 64 * 1024, overflow: 'keep-tail' },
      stderr: { maxChars: 16 * 1024, overflow: 'keep-tail' },
      ...(signal ? { signal } : {}),
    }).then(
      (r) => ({ code: r.code, out: `${r.stdout}${r.stderr}` }),
      (err: unknown) => {
        const partial = isChildRunError(err) ? `${err.partial.stdout}${err.partial.stderr}` : '';
        const why =
          isChildRunError(err) && err.reason === 'timeout'
            ? `Windows Defender không phản hồi sau ${Math.round(timeoutMs / 1000)} giây`
            : (err as Error).message;
        return { code: null, out: `${partial}\n${why}` };
      },
    );
  return {
    id: 'defender',
    async health(): Promise<AvHealth> {
      const r = await run(['-h']);
      return r.code === null
        ? { ok: false, version: null, detail: `Không chạy được Windows Defender (${bin}).` }
        : { ok: true, version: 'Microsoft Defender', detail: null };
    },
    async scanFile(file, signal) {
      const started = Date.now();
      const r = await run(buildDefenderArgs(file), signal);
      return { ...parseDefenderResult(r.code, r.out), raw: r.out.trim().slice(-1000), ms: Date.now() - started };
    },
  };
}
