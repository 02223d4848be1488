import { readFileSync } from 'node:fs';
/** The `Clock` port decides "now" everywhere (numbering years, audit times), so tests can cross New Year. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A settable clock for tests and the CLI's `VANTHU_NOW` (deterministic fixtures). */
export function fixedClock(start: Date | string): Clock & { set(t: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current.getTime()),
    set: (t) => {
      current = new Date(t);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * A clock set from the environment, for the CLI, the e2e tests and fixtures that must move "today"
 * (sắp đến hạn, quá hạn): VANTHU_NOW = an ISO instant (fixed); VANTHU_CLOCK_FILE = a file holding an
 * ISO instant, read at every call (a test moves the clock of a running app by rewriting it; an
 * empty or missing file means the system time). Undefined when neither is set.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock | undefined {
  const file = env.VANTHU_CLOCK_FILE;
  if (file) {
    return {
      now() {
        let text = '';
        try {
          text = readFileSync(file, 'utf8').trim();
        } catch {
          // missing file: system time
        }
        const t = text ? new Date(text) : new Date();
        return Number.isNaN(t.getTime()) ? new Date() : t;
      },
    };
  }
  const at = env.VANTHU_NOW ? new Date(env.VANTHU_NOW) : null;
  return at && !Number.isNaN(at.getTime()) ? fixedClock(at) : undefined;
}
