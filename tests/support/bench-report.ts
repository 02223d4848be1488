/** What every benchmark script (tests/bench) prints and does the same way: the load line, the exit on failure. */
import os from 'node:os';

/** The machine's load averages (1, 5, 15 min) as the last line of a benchmark's report. */
export function loadAverageLine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `load average during the run: ${load} (other work on the machine skews both sides)`;
}

/** Runs a benchmark's main; a failure prints its stack on stderr and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
