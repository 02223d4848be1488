import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src-main/core/clock';
import type { App } from '../../src-main/app/create-app';
import { runVanthu, testApp } from '../support/app-harness';

const call = async <T = Record<string, unknown>>(app: App, name: string, input: unknown): Promise<T> => {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.message}`);
  return r.value as T;
};
const failure = async (app: App, name: string, input: unknown) => {
  const r = await app.router.call(name, input, { transport: 'direct' });
  expect(r.ok, `${name} should fail`).toBe(false);
  return (r as { ok: false; error: { kind: string; message: string } }).error;
};
const auditActions = (dataDir: string): string[] => {
  const db = new Database(path.join(dataDir, 'vanthu.db'), { readonly: true });
  try {
    return (db.prepare("SELECT action FROM audit_log WHERE action LIKE 'calendar.%' ORDER BY seq").all() as { action: string }[]).map(
      (r) => r.action,
    );
  } finally {
    db.close();
  }
};

const NOTICE_2027 = {
  year: 2027,
  source: '1234/TB-BNV',
  daysOff: [
    { date: '2027-01-01', reason: 'Tết Dương lịch' },
    ...['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({ date, reason: 'Tết Âm lịch' })),
  ],
  workingDays: [{ date: '2027-02-20', reason: 'Làm bù' }],
};

describe('calendar feature through the router', () => {
  it('a new notice changes later deadlines; recompute re-explains an old one without rewriting it, and is audited', async () => {
    const app = testApp();
    try {
      const before = await call<{ result: string; calendarVersions: string[]; provisional: boolean; explanation: string }>(
        app,
        'calendar.deadline',
        { kind: 'workingDays', from: '2027-02-03', n: 1 },
      );
      expect(before.provisional).toBe(true);
      // Defaults for 2027: Tết 06/02 (Sat) → 05/02 + 06–09/02 off, make-up days for the weekend ones.
      const given = before.result;
      const year = await call<{ provisional: boolean; notice: unknown }>(app, 'calendar.saveNotice', NOTICE_2027);
      expect(year.provisional).toBe(false);
      const after = await call<{ result: string; calendarVersions: string[] }>(app, 'calendar.deadline', {
        kind: 'workingDays',
        from: '2027-02-03',
        n: 1,
      });
      expect(after.result).toBe('2027-02-11');
      expect(after.calendarVersions[0]).not.toBe(before.calendarVersions[0]);

      const re = await call<{
        changed: boolean;
        given: { result: string; explanation: string };
        current: { result: string };
        message: string;
      }>(app, 'calendar.recompute', {
        query: { kind: 'workingDays', from: '2027-02-03', n: 1 },
        result: given,
        calendarVersions: before.calendarVersions,
        entityType: 'register_entry',
        entityId: 'E-1',
      });
      expect(re.given.result).toBe(given);
      expect(re.given.explanation).toContain('lịch tạm tính');
      expect(re.current.result).toBe('2027-02-11');
      expect(re.changed).toBe(given !== '2027-02-11');
      expect(re.message).toContain('không bị sửa');
      expect(auditActions(app.dataDirPath)).toEqual(['calendar.noticeSaved', 'calendar.recomputed']);

      const unknown = await failure(app, 'calendar.recompute', {
        query: { kind: 'workingDays', from: '2027-02-03', n: 1 },
        result: given,
        calendarVersions: ['2027-00000000000000'],
        entityType: 'x',
        entityId: 'y',
      });
      expect(unknown.kind).toBe('NotFound');
    } finally {
      app.close();
    }
  });

  it('bad notices and settings are refused by name and nothing is saved', async () => {
    const app = testApp();
    try {
      const outside = await failure(app, 'calendar.saveNotice', { ...NOTICE_2027, daysOff: [{ date: '2026-12-31', reason: 'x' }] });
      expect(outside).toMatchObject({ kind: 'Validation', message: expect.stringContaining('2026-12-31') });
      const week = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'].map((date) => ({ date, reason: 'x' }));
      expect((await failure(app, 'calendar.saveNotice', { ...NOTICE_2027, daysOff: week, workingDays: [] })).message).toMatch(
        /không có ngày làm việc/,
      );
      expect(
        (
          await failure(app, 'calendar.saveSettings', {
            weeklyRestDays: [0, 6],
            officeHours: [{ start: '17:00', end: '07:30' }],
            disabledRules: [],
          })
        ).message,
      ).toContain('17:00–07:30');
      expect((await failure(app, 'calendar.getYear', { year: 1967 })).message).toContain('1968');
      expect((await call<{ provisional: boolean }>(app, 'calendar.getYear', { year: 2027 })).provisional).toBe(true);
      expect(auditActions(app.dataDirPath)).toEqual([]);
    } finally {
      app.close();
    }
  });

  it('warns in December when next year has no notice, not before', async () => {
    const clock = fixedClock('2026-11-30T12:00:00+07:00');
    const app = testApp({ clock });
    try {
      expect((await call<{ warning: string | null }>(app, 'calendar.overview', {})).warning).toBeNull();
      clock.set('2026-12-01T08:00:00+07:00');
      expect((await call<{ warning: string | null }>(app, 'calendar.overview', {})).warning).toMatch(/năm 2027/);
      await call(app, 'calendar.saveNotice', NOTICE_2027);
      expect((await call<{ warning: string | null }>(app, 'calendar.overview', {})).warning).toBeNull();
    } finally {
      app.close();
    }
  });
});

describe('vanthu calendar / deadline', () => {
  it('does what the issue asks of the CLI, as a new user would', () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-cal-'));
    const d = runVanthu(['--data', data, 'deadline', '--from', '2026-02-13', '--working-days', '1']);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toContain('hạn 23/02/2026: cộng 1 ngày làm việc từ 13/02/2026, bỏ qua Tết Âm lịch 16–20/02/2026');
    const j = runVanthu(['--data', data, 'deadline', '--from', '2026-02-13', '--working-days', '1', '--json']);
    expect(j.json()).toMatchObject({ result: '2026-02-23', provisional: false, calendarVersions: [expect.stringMatching(/^2026-/)] });
    const h = runVanthu(['--data', data, 'deadline', '--from', '2026-02-13T16:00', '--working-hours', '2', '--json']);
    expect(h.json()).toMatchObject({ result: '2026-02-23T08:30:00+07:00' });

    const y = runVanthu(['--data', data, 'calendar', '2033', '--json']);
    expect(y.code, y.stderr).toBe(0);
    const year = y.json() as {
      tet: string;
      gioTo: string;
      provisional: boolean;
      nonWorkingDays: { date: string; reason: string; source: string }[];
    };
    expect(year).toMatchObject({ tet: '2033-01-31', gioTo: '2033-04-09', provisional: true });
    expect(year.nonWorkingDays.find((n) => n.date === '2033-04-09')).toMatchObject({ source: 'BLLĐ 2019 Điều 112.1.e' });
    const y26 = runVanthu(['--data', data, 'calendar', '2026', '--json']).json() as {
      swappedWorkingDays: { date: string; source: string }[];
    };
    expect(y26.swappedWorkingDays).toEqual([expect.objectContaining({ date: '2026-08-22', source: '9441/TB-BNV' })]);

    for (const [args, needle] of [
      [['deadline', '--from', '2026-02-13', '--working-days', '3651'], '3651'],
      [['deadline', '--from', '1967-12-31', '--working-days', '1'], '31/12/1967'],
      [['calendar', '2101'], '2101'],
    ] as const) {
      const r = runVanthu(['--data', data, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(needle);
    }
  }, 400_000);

  it('imports a notice from CSV; a bad one names its row and saves nothing', () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-cal-'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-cal-files-'));
    const good = path.join(dir, 'tb-2027.csv');
    fs.writeFileSync(
      good,
      [
        'Năm,2027',
        'Số, ký hiệu,1234/TB-BNV',
        'Ngày,Loại,Lý do,Nguồn',
        '2027-01-01,nghỉ,Tết Dương lịch,',
        '04/02/2027,nghỉ,Tết Âm lịch,',
        '05/02/2027,nghỉ,Tết Âm lịch,',
        '08/02/2027,nghỉ,Tết Âm lịch,',
        '09/02/2027,nghỉ,Tết Âm lịch,',
        '10/02/2027,nghỉ,Tết Âm lịch,',
        '20/02/2027,làm bù,Làm bù,',
      ]
        .join('\n')
        .replace('Số, ký hiệu,', '"Số, ký hiệu",'),
    );
    const bad = path.join(dir, 'tb-bad.csv');
    fs.writeFileSync(
      bad,
      ['Năm,2027', '"Số, ký hiệu",1/TB', 'Ngày,Loại,Lý do', '2027-01-01,nghỉ,Tết Dương lịch', '2028-01-03,nghỉ,Sai năm'].join('\n'),
    );
    const refused = runVanthu(['--data', data, 'calendar', 'import', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('2028-01-03');
    expect((runVanthu(['--data', data, 'calendar', '2027', '--json']).json() as { provisional: boolean }).provisional).toBe(true);

    const ok = runVanthu(['--data', data, 'calendar', 'import', good, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.json()).toMatchObject({ year: 2027, provisional: false, notice: { source: '1234/TB-BNV', origin: 'entered' } });
    const d = runVanthu(['--data', data, 'deadline', '--from', '2027-02-19', '--working-days', '1', '--json']);
    expect(d.json()).toMatchObject({ result: '2027-02-20' });
  }, 400_000);
});
