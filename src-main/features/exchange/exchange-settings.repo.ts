import type { Db } from '../../db/open';
import type { Logger } from '../../core/logger';
import { silentLogger } from '../../core/logger';
import { createSettingsStore } from '../settings/settings-store';
import type { RevokeAnswer, StoredHubConfig } from '../settings/settings-keys';

export type { RevokeAnswer, StoredHubConfig } from '../settings/settings-keys';

/** The exchange's settings, kept in the one settings store (keys and schemas: settings-keys.ts). */
export function createExchangeSettingsRepo(db: Db, logger: Logger = silentLogger) {
  const store = createSettingsStore(db, logger);
  return {
    hub: (): StoredHubConfig | null => store.get('exchange.hub'),
    saveHub: (config: StoredHubConfig, at: string): void => store.save('exchange.hub', config, at),
    revokeAnswer: (): RevokeAnswer => store.get('exchange.revokeAnswer'),
    saveRevokeAnswer: (v: RevokeAnswer, at: string): void => store.save('exchange.revokeAnswer', v, at),
    lastSync: (): string | null => store.get('exchange.lastSync')?.at ?? null,
    saveLastSync: (at: string): void => store.save('exchange.lastSync', { at }, at),
  };
}

export type ExchangeSettingsRepo = ReturnType<typeof createExchangeSettingsRepo>;
