import { eq } from 'drizzle-orm';
import { CalendarSettingsSchema } from '../../../src-shared/contracts/calendar.contract';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings, type NoticeDay, type YearNotice } from '../../../src-shared/domain';
import type { Db } from '../../db/open';
import { calendarNotice, calendarVersion, settings } from '../../db/schema';

const SETTINGS_KEY = 'calendar.settings';

export function createCalendarRepo(db: Db) {
  return {
    getSettings(): CalendarSettings {
      const row = db.select().from(settings).where(eq(settings.key, SETTINGS_KEY)).get();
      if (!row) return DEFAULT_CALENDAR_SETTINGS;
      const parsed = CalendarSettingsSchema.safeParse(row.value);
      return parsed.success ? parsed.data : DEFAULT_CALENDAR_SETTINGS;
    },
    saveSettings(value: CalendarSettings, at: string): void {
      db.insert(settings)
        .values({ key: SETTINGS_KEY, value, updatedAt: at })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
        .run();
    },
    notices(): YearNotice[] {
      return db
        .select()
        .from(calendarNotice)
        .all()
        .map((r) => ({
          year: r.year,
          source: r.source,
          title: r.title ?? undefined,
          daysOff: r.daysOff as NoticeDay[],
          workingDays: r.workingDays as NoticeDay[],
        }));
    },
    saveNotice(n: YearNotice, at: string, by: string): void {
      const row = {
        source: n.source,
        title: n.title ?? null,
        daysOff: n.daysOff,
        workingDays: n.workingDays,
        updatedAt: at,
        updatedBy: by,
      };
      db.insert(calendarNotice)
        .values({ year: n.year, ...row })
        .onConflictDoUpdate({ target: calendarNotice.year, set: row })
        .run();
    },
    /** Records a version once; a version id names its content, so an existing row is left alone. */
    recordVersion(id: string, year: number, definition: unknown, at: string): void {
      db.insert(calendarVersion).values({ id, year, definition, createdAt: at }).onConflictDoNothing().run();
    },
    version(id: string): { year: number; definition: unknown } | undefined {
      const row = db.select().from(calendarVersion).where(eq(calendarVersion.id, id)).get();
      return row ? { year: row.year, definition: row.definition } : undefined;
    },
  };
}

export type CalendarRepo = ReturnType<typeof createCalendarRepo>;
