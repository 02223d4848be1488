/** Intake settings, one JSON value under the `intake.settings` key of the agency settings table. */
import { eq } from 'drizzle-orm';
import { IntakeSettingsSchema, type IntakeSettings } from '../../../src-shared/contracts/intake.contract';
import type { Db } from '../../db/open';
import { settings } from '../../db/schema';

const KEY = 'intake.settings';

export const DEFAULT_INTAKE_SETTINGS: IntakeSettings = IntakeSettingsSchema.parse({});

export function createIntakeSettingsRepo(db: Db) {
  return {
    get(): IntakeSettings {
      const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
      if (!row) return DEFAULT_INTAKE_SETTINGS;
      const parsed = IntakeSettingsSchema.safeParse(row.value);
      return parsed.success ? parsed.data : DEFAULT_INTAKE_SETTINGS;
    },
    save(value: IntakeSettings, at: string): void {
      db.insert(settings).values({ key: KEY, value, updatedAt: at }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } }).run();
    },
  };
}

export type IntakeSettingsRepo = ReturnType<typeof createIntakeSettingsRepo>;
