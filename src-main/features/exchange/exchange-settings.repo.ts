import { eq } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { settings } from '../../db/schema';

export interface StoredHubConfig {
  url: string;
  systemId: string;
  /** The hub secret sealed by the SecretBox; never the plain value. */
  secretSealed: string;
  box: string;
}

/** Which status pair answers a revoke packet (edxml.md §C.2 open question); see ExchangeSettings. */
export type RevokeAnswer = '15-16' | '03-02';

const HUB_KEY = 'exchange.hub';
const REVOKE_KEY = 'exchange.revokeAnswer';

export function createExchangeSettingsRepo(db: Db) {
  const get = (key: string): unknown => db.select().from(settings).where(eq(settings.key, key)).get()?.value;
  const put = (key: string, value: unknown, at: string) =>
    db.insert(settings).values({ key, value, updatedAt: at }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } }).run();
  return {
    hub(): StoredHubConfig | null {
      const v = get(HUB_KEY) as StoredHubConfig | undefined;
      return v && typeof v.url === 'string' ? v : null;
    },
    saveHub(config: StoredHubConfig, at: string): void {
      put(HUB_KEY, config, at);
    },
    /**
     * Default '15-16': the official SDK sample names tie 15/16 to "cập nhật, lấy lại/thu hồi", and a
     * 15 can never be misread by the sender's system as "registered" the way a 03 could.
     */
    revokeAnswer(): RevokeAnswer {
      return get(REVOKE_KEY) === '03-02' ? '03-02' : '15-16';
    },
    saveRevokeAnswer(v: RevokeAnswer, at: string): void {
      put(REVOKE_KEY, v, at);
    },
  };
}

export type ExchangeSettingsRepo = ReturnType<typeof createExchangeSettingsRepo>;
