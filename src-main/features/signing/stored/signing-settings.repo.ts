import { eq } from 'drizzle-orm';
import { SigningSettingsSchema, type SigningSettings } from '../../../../src-shared/contracts/signing.contract';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';

const KEY = 'signing.settings';

export const DEFAULT_SIGNING_SETTINGS: SigningSettings = {
  modulePath: null,
  customModulePaths: [],
  signatureImage: null,
  sealImage: null,
  sealSizeMm: null,
  tsaUrl: null,
  lastToken: null,
  keyByRole: {},
};

/** Signing settings as one JSON value in the shared `settings` table; a damaged value reads as the defaults. */
export function createSigningSettingsRepo(db: Db) {
  return {
    get(): SigningSettings {
      const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
      if (!row) return DEFAULT_SIGNING_SETTINGS;
      const parsed = SigningSettingsSchema.safeParse({ ...DEFAULT_SIGNING_SETTINGS, ...(row.value as object) });
      return parsed.success ? parsed.data : DEFAULT_SIGNING_SETTINGS;
    },
    save(value: SigningSettings, at: string): void {
      db.insert(settings)
        .values({ key: KEY, value, updatedAt: at })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
        .run();
    },
  };
}

export type SigningSettingsRepo = ReturnType<typeof createSigningSettingsRepo>;
