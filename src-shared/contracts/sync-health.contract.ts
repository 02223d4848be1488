/**
 * Outage visibility: when the hub was last reached, and whether that is more than half a working
 * day ago on the agency's working calendar (working time, not wall hours: a weekend or a holiday
 * does not count). Seeds 000/003 ask clerks to check the system two or three times a day.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';

export const SyncHealthSchema = z.object({
  /** A hub is configured; without one nothing is stale. */
  Configured: z.boolean(),
  /** Last sync cycle that reached the hub, ISO with +07:00; null = never. */
  LastSuccessAt: z.string().nullable(),
  /** Half a working day, in working hours, from the calendar's office hours. */
  HalfDayHours: z.number(),
  /** When the last success becomes stale ("YYYY-MM-DDTHH:MM", Vietnam time); null when never synced. */
  StaleAt: z.string().nullable(),
  /** Configured and no successful sync for half a working day (or never). */
  Stale: z.boolean(),
});
export type SyncHealth = z.output<typeof SyncHealthSchema>;

export const exchangeSyncHealth = defineOperation({
  name: 'exchange.syncHealth',
  kind: 'query',
  input: z.object({}).strict(),
  output: SyncHealthSchema,
  summary: 'Last successful hub sync and whether it is older than half a working day (working calendar).',
});

export const syncHealthOperations = [exchangeSyncHealth] as const;
