import fs from 'node:fs';
import path from 'node:path';
import { YearNoticeSchema } from '../../../src-shared/contracts/calendar.contract';
import { checkNotice, DEFAULT_CALENDAR_SETTINGS, type YearNotice } from '../../../src-shared/domain';
import type { Logger } from '../../core/logger';

/**
 * The notices shipped with the app (`resources/calendar/YYYY.json`). A shipped file that does not
 * pass the same checks as an entered notice is skipped and logged, never half-used.
 */
export function loadShippedNotices(dir: string, logger: Logger): Map<number, YearNotice> {
  const out = new Map<number, YearNotice>();
  if (!fs.existsSync(dir)) return out;
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => /^\d{4}\.json$/.test(n))
    .sort()) {
    try {
      const parsed = YearNoticeSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
      const checked = checkNotice(parsed, DEFAULT_CALENDAR_SETTINGS.weeklyRestDays);
      if (!checked.ok) throw new Error(checked.error.message);
      out.set(checked.value.year, checked.value);
    } catch (err) {
      logger.error('shipped calendar notice skipped', { file: name, error: (err as Error).message });
    }
  }
  return out;
}
