import type {
  CalendarOverview,
  CalendarYear,
  DeadlineQuery,
  DeadlineResultOut,
  YearNoticeInput,
} from '../../../src-shared/contracts/calendar.contract';
import {
  STATUTORY_RULES,
  checkNotice,
  checkSettings,
  createWorkingCalendar,
  formatDayMonthYear,
  lunarLabel,
  vnDate,
  type CalendarSettings,
  type CalendarResult,
  type DeadlineResult,
  type WorkingCalendar,
  type YearNotice,
  type YearTable,
} from '../../../src-shared/domain';
import { appError, domainAppError } from '../../../src-shared/rpc/errors';
import type { Sqlite } from '../../db/open';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { AuditService } from '../audit/audit.service';
import type { CalendarRepo } from './calendar.repo';
import { readNoticeFile } from './notice-import';

const ENTITY = 'calendar';

const plainSettings = (s: CalendarSettings) => ({
  weeklyRestDays: [...s.weeklyRestDays],
  officeHours: s.officeHours.map((h) => ({ ...h })),
  disabledRules: [...s.disabledRules],
});

/** A domain refusal becomes its keyed error (Validation) carrying its code; nothing has been written. */
function unwrap<T>(r: CalendarResult<T>): T {
  if (!r.ok) throw domainAppError(r.error);
  return r.value;
}

interface VersionDefinition {
  settings: CalendarSettings;
  notice: YearNotice | null;
}

/**
 * The agency's working calendar. Invariants: a notice is saved only whole and checked; every
 * calendar version a result names is stored (calendar_version) before the result leaves, so
 * `recompute` can always re-explain it; changes and recomputations are audited.
 */
export function createCalendarService(deps: {
  sqlite: Sqlite;
  repo: CalendarRepo;
  /** The notices shipped with the app, read on first use (loadShippedNotices), not at every start. */
  shipped: () => ReadonlyMap<number, YearNotice>;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
}) {
  let current: { cal: WorkingCalendar; entered: Map<number, YearNotice> } | undefined;
  const recorded = new Set<string>();

  function state() {
    if (!current) {
      const entered = new Map(deps.repo.notices().map((n) => [n.year, n]));
      const settings = deps.repo.getSettings();
      const cal = createWorkingCalendar({ settings, notice: (y) => entered.get(y) ?? deps.shipped().get(y) });
      current = { cal, entered };
    }
    return current;
  }
  const invalidate = () => {
    current = undefined;
  };

  const noticeOf = (year: number): { notice: YearNotice; origin: 'shipped' | 'entered' } | null => {
    const e = state().entered.get(year);
    if (e) return { notice: e, origin: 'entered' };
    const s = deps.shipped().get(year);
    return s ? { notice: s, origin: 'shipped' } : null;
  };

  function record(versions: readonly string[]): void {
    const missing = versions.filter((v) => !recorded.has(v));
    if (missing.length === 0) return;
    const at = deps.clock.now().toISOString();
    const { cal } = state();
    for (const id of missing) {
      const year = Number(id.slice(0, 4));
      const definition: VersionDefinition = { settings: cal.settings, notice: noticeOf(year)?.notice ?? null };
      if (cal.table(year).version !== id) continue;
      deps.repo.recordVersion(id, year, definition, at);
      recorded.add(id);
    }
  }

  function describeYear(t: YearTable, includeDays: boolean): CalendarYear {
    const notes = [...t.notes.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    const n = noticeOf(t.year);
    record([t.version]);
    return {
      year: t.year,
      calendarVersion: t.version,
      provisional: t.provisional,
      notice: n ? { source: n.notice.source, title: n.notice.title ?? null, origin: n.origin } : null,
      tet: t.tet,
      gioTo: t.gioTo,
      lunarLeapMonth: t.lunarLeapMonth,
      workingDayCount: t.cum[t.length]!,
      nonWorkingDays: notes.filter((d) => d.kind !== 'swap-work'),
      swappedWorkingDays: notes.filter((d) => d.kind === 'swap-work'),
      ...(includeDays
        ? {
            days: Array.from({ length: t.length }, (_, i) => {
              const note = t.notes.get(i);
              const date = new Date((t.first + i) * 86_400_000).toISOString().slice(0, 10);
              return {
                date,
                working: t.working[i] === 1,
                lunar: lunarLabel(date).text,
                kind: note?.kind ?? null,
                reason: note?.reason ?? null,
              };
            }),
          }
        : {}),
    };
  }

  function compute(cal: WorkingCalendar, q: DeadlineQuery): CalendarResult<DeadlineResult> {
    switch (q.kind) {
      case 'workingDays':
        return cal.addWorkingDays(q.from, q.n, true);
      case 'workingHours':
        return cal.addWorkingHours(q.from, q.n, true);
      case 'nextWorkingDay':
        return cal.nextWorkingDay(q.from, true);
      case 'sameDayOrNext':
        return cal.sameDayOrNextWorkingDay(q.from, true);
    }
  }

  const out = (q: DeadlineQuery, r: DeadlineResult): DeadlineResultOut => ({
    query: q,
    result: r.result,
    calendarVersions: [...r.calendarVersions],
    provisional: r.provisional,
    explanation: r.explanation ?? '',
    skipped: [...(r.skipped ?? [])],
  });

  function saveNotice(input: YearNotice, actor: string): CalendarYear {
    const checked = unwrap(checkNotice(input, state().cal.settings.weeklyRestDays));
    const previous = noticeOf(checked.year);
    deps.sqlite
      .transaction(() => {
        deps.repo.saveNotice(checked, deps.clock.now().toISOString(), actor);
        deps.audit.append({
          actor,
          action: 'calendar.noticeSaved',
          entityType: ENTITY,
          entityId: String(checked.year),
          data: { notice: checked, previous: previous ? { origin: previous.origin, notice: previous.notice } : null },
        });
      })
      .immediate();
    invalidate();
    deps.logger.info('calendar notice saved', { year: checked.year, source: checked.source });
    return describeYear(state().cal.table(checked.year), false);
  }

  return {
    getYear(year: number, includeDays = false): CalendarYear {
      return describeYear(state().cal.table(year), includeDays);
    },

    overview(): CalendarOverview {
      const { cal, entered } = state();
      const today = vnDate(deps.clock.now());
      const year = Number(today.slice(0, 4));
      const years = new Set([...deps.shipped().keys(), ...entered.keys()]);
      const warning =
        today.slice(5, 7) === '12' && !years.has(year + 1)
          ? `Chưa có thông báo nghỉ lễ, Tết năm ${year + 1}: lịch năm ${year + 1} đang dùng các ngày nghỉ theo luật (tạm tính) cho đến khi nhập thông báo.`
          : null;
      return {
        settings: plainSettings(cal.settings),
        rules: STATUTORY_RULES.map((r) => ({
          id: r.id,
          name: r.name,
          basis: r.basis,
          fromYear: r.fromYear,
          enabled: !cal.settings.disabledRules.includes(r.id),
        })),
        notices: [...years].sort().map((y) => {
          const n = noticeOf(y)!;
          return { year: y, source: n.notice.source, origin: n.origin };
        }),
        warning,
        today,
      };
    },

    saveSettings(input: CalendarSettings, actor: string): ReturnType<typeof plainSettings> {
      const next = unwrap(checkSettings(input));
      const unknown = next.disabledRules.filter((id) => !STATUTORY_RULES.some((r) => r.id === id));
      if (unknown.length > 0) throw appError('calendar.unknownRules', { rules: unknown.join(', ') }, { field: 'disabledRules' });
      // Entered notices must stay valid under the new rest days (a swap must be a rest day).
      for (const n of state().entered.values()) unwrap(checkNotice(n, next.weeklyRestDays));
      const previous = state().cal.settings;
      deps.sqlite
        .transaction(() => {
          deps.repo.saveSettings(next, deps.clock.now().toISOString());
          deps.audit.append({
            actor,
            action: 'calendar.settingsChanged',
            entityType: ENTITY,
            entityId: 'settings',
            data: { from: previous, to: next },
          });
        })
        .immediate();
      invalidate();
      return plainSettings(next);
    },

    saveNotice(input: YearNoticeInput & YearNotice, actor: string): CalendarYear {
      return saveNotice(input, actor);
    },

    async importNotice(
      input: { fileName: string; dataBase64: string; year?: number | undefined; source?: string | undefined },
      actor: string,
    ): Promise<CalendarYear> {
      const clean = input.dataBase64.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw appError('calendar.noticeNotBase64', undefined, { field: 'dataBase64' });
      const notice = await readNoticeFile(Buffer.from(clean, 'base64'), input.fileName, { year: input.year, source: input.source });
      return saveNotice(notice, actor);
    },

    deadline(q: DeadlineQuery): DeadlineResultOut {
      const r = unwrap(compute(state().cal, q));
      record(r.calendarVersions);
      return out(q, r);
    },

    workingDaysBetween(from: string, to: string): { days: number; calendarVersions: string[] } {
      const r = unwrap(state().cal.workingDaysBetween(from, to));
      record(r.calendarVersions);
      return { days: r.days, calendarVersions: [...r.calendarVersions] };
    },

    /**
     * Re-explains a deadline already given: with the calendar versions it names (stored when it
     * was computed) and with today's calendar. Reports a change; never rewrites the deadline.
     */
    recompute(
      input: { query: DeadlineQuery; result: string; calendarVersions: string[]; entityType: string; entityId: string },
      actor: string,
    ) {
      const defs = new Map<number, VersionDefinition>();
      for (const id of input.calendarVersions) {
        const v = deps.repo.version(id);
        if (!v) throw appError('calendar.versionNotFound', { id }, { version: id });
        defs.set(v.year, v.definition as VersionDefinition);
      }
      const { cal } = state();
      const firstDef = defs.values().next().value!;
      const old = createWorkingCalendar({
        settings: firstDef.settings,
        settingsOf: (y) => defs.get(y)?.settings ?? cal.settings,
        notice: (y) => (defs.has(y) ? (defs.get(y)!.notice ?? undefined) : noticeOf(y)?.notice),
      });
      const given = unwrap(compute(old, input.query));
      const now = unwrap(compute(cal, input.query));
      record(now.calendarVersions);
      const changed = now.result !== input.result;
      const shown = (r: string) => (r.length > 10 ? `${r.slice(11, 16)} ${formatDayMonthYear(r.slice(0, 10))}` : formatDayMonthYear(r));
      const message = changed
        ? `Lịch đã thay đổi: hạn đã cấp ${shown(input.result)} (theo lịch lúc tính) nay sẽ là ${shown(now.result)}. Hạn đã cấp không bị sửa.`
        : `Lịch hiện hành cho cùng hạn ${shown(input.result)}.`;
      deps.sqlite
        .transaction(() => {
          deps.audit.append({
            actor,
            action: 'calendar.recomputed',
            entityType: input.entityType,
            entityId: input.entityId,
            data: {
              query: input.query,
              given: input.result,
              givenVersions: input.calendarVersions,
              current: now.result,
              currentVersions: [...now.calendarVersions],
              changed,
            },
          });
        })
        .immediate();
      return {
        given: { result: given.result, explanation: given.explanation ?? '', calendarVersions: input.calendarVersions },
        current: out(input.query, now),
        changed,
        message: given.result === input.result ? message : `${message} (Lưu ý: tính lại theo lịch cũ được ${shown(given.result)}.)`,
      };
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
