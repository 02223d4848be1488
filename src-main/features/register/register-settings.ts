import { eq } from 'drizzle-orm';
import { RegisterSettingsSchema, type RegisterSettings } from '../../../src-shared/contracts/register.contract';
import type { Db } from '../../db/open';
import { settings } from '../../db/schema';

const KEY = 'register.numbering';

/** Until the agency decides (Điều 15.1.c), every administrative document shares one series. */
export const DEFAULT_REGISTER_SETTINGS: RegisterSettings = { OutgoingSeries: 'single' };

export function createRegisterSettingsRepo(db: Db) {
  return {
    get(): RegisterSettings {
      const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
      if (!row) return DEFAULT_REGISTER_SETTINGS;
      const parsed = RegisterSettingsSchema.safeParse(row.value);
      return parsed.success ? parsed.data : DEFAULT_REGISTER_SETTINGS;
    },
    save(value: RegisterSettings, at: string): void {
      db.insert(settings)
        .values({ key: KEY, value, updatedAt: at })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
        .run();
    },
  };
}

export type RegisterSettingsRepo = ReturnType<typeof createRegisterSettingsRepo>;
