/**
 * The one typed store of agency settings: key → zod schema → value, over the `settings` table
 * (one JSON value per key). Invariant: a stored value that does not parse is an ERROR, never a
 * silent default — a damaged "per-type numbering" must not quietly become one series. It is logged
 * and refused with a Vietnamese message naming the setting; saving the setting again repairs it.
 */
import { eq, sql } from 'drizzle-orm';
import { appError, type AppError } from '../../../src-shared/rpc/errors';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/open';
import { settings } from '../../db/schema';
import { SETTINGS, type SettingKey, type SettingValue } from './settings-keys';

export interface SettingSlot<V> {
  /** The stored value, or the setting's default when none was ever saved; throws when damaged. */
  get(): V;
  /** Like get, but a damaged value reads as the default (logged): only for an explicit save by the clerk, which repairs it. */
  getForRepair(): V;
  save(value: V, at: string): void;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function createSettingsStore(db: Db, logger: Logger) {
  const log = logger.child('settings');

  /** The stored text, parsed here (not by drizzle) so that text that is not JSON is reported too. */
  function raw(key: SettingKey): { found: false } | { found: true; value: unknown; notJson: boolean } {
    const row = db
      .select({ text: sql<string>`${settings.value}` })
      .from(settings)
      .where(eq(settings.key, key))
      .get();
    if (!row) return { found: false };
    try {
      return { found: true, value: JSON.parse(row.text) as unknown, notJson: false };
    } catch {
      return { found: true, value: undefined, notJson: true };
    }
  }

  function read<K extends SettingKey>(key: K): { value: SettingValue<K> } | { damaged: AppError } {
    const d = SETTINGS[key];
    const r = raw(key);
    if (!r.found) return { value: d.fallback as SettingValue<K> };
    if (r.notJson) {
      log.error('setting unreadable', { key, problem: 'not JSON' });
      return { damaged: appError('settings.notJson', { name: key }, { setting: key }) };
    }
    const input = d.upgrade && isPlainObject(r.value) ? d.upgrade(r.value) : r.value;
    const parsed = d.schema.safeParse(input);
    if (parsed.success) return { value: parsed.data as SettingValue<K> };
    // zod's own words, as a detail: where in the value (a path of field names; none for the whole value) and what.
    const problem = parsed.error.issues
      .slice(0, 3)
      .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
      .join('; ');
    log.error('setting unreadable', { key, problem });
    return { damaged: appError('settings.damaged', { name: key, problem }, { setting: key }) };
  }

  function get<K extends SettingKey>(key: K): SettingValue<K> {
    const r = read(key);
    if ('damaged' in r) throw r.damaged;
    return r.value;
  }

  function save<K extends SettingKey>(key: K, value: SettingValue<K>, at: string): void {
    // A value the schema refuses would be read back as damaged: refuse it before writing.
    const checked = SETTINGS[key].schema.parse(value) as SettingValue<K>;
    db.insert(settings)
      .values({ key, value: checked, updatedAt: at })
      .onConflictDoUpdate({ target: settings.key, set: { value: checked, updatedAt: at } })
      .run();
  }

  return {
    get,
    save,
    slot<K extends SettingKey>(key: K): SettingSlot<SettingValue<K>> {
      return {
        get: () => get(key),
        getForRepair() {
          const r = read(key);
          if (!('damaged' in r)) return r.value;
          log.warn("damaged setting will be replaced by the clerk's save", { key });
          return SETTINGS[key].fallback as SettingValue<K>;
        },
        save: (value, at) => save(key, value, at),
      };
    },
  };
}
