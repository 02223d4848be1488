/**
 * The outage check: the last sync that reached the hub against half a working day of working time
 * on the agency's calendar (office hours, weekends, holidays, make-up days). Composed here because it
 * reads two features, the exchange and the calendar, through their services.
 */
import type { SyncHealth } from '../../src-shared/contracts/sync-health.contract';
import { toVnIso } from '../../src-shared/domain';
import type { Clock } from '../core/clock';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Half of the office day in whole hours (at least 1): 08:00–12:00 + 13:00–17:00 gives 4. */
export function halfDayHours(officeHours: { start: string; end: string }[]): number {
  const day = officeHours.reduce((sum, s) => sum + Math.max(0, minutesOf(s.end) - minutesOf(s.start)), 0);
  return Math.max(1, Math.round(day / 120));
}

export function createSyncHealth(deps: {
  configured: () => boolean;
  lastSync: () => string | null;
  officeHours: () => { start: string; end: string }[];
  /** `from` + n working hours on the calendar, as "YYYY-MM-DDTHH:MM" (Vietnam time). */
  addWorkingHours: (from: string, n: number) => string;
  clock: Clock;
}) {
  return (): SyncHealth => {
    const configured = deps.configured();
    const last = deps.lastSync();
    const half = halfDayHours(deps.officeHours());
    const staleAt = last ? deps.addWorkingHours(last.slice(0, 16), half) : null;
    const now = toVnIso(deps.clock.now()).slice(0, 16);
    return {
      Configured: configured,
      LastSuccessAt: last,
      HalfDayHours: half,
      StaleAt: staleAt,
      Stale: configured && (staleAt === null || now >= staleAt.slice(0, 16)),
    };
  };
}
