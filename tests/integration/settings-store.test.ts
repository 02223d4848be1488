import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../src-main/features/settings/settings-store';
import { DEFAULT_SIGNING_SETTINGS, SETTINGS } from '../../src-main/features/settings/settings-keys';
import { openDatabase } from '../../src-main/db/open';
import { loadMigrations, migrate } from '../../src-main/db/migrate';
import { memoryLogger, ROOT } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { agencyApp, err, ok, outgoing } from './register-helpers';

/** Writes a stored setting behind the app's back, as a damaged disk or a hand edit would. */
function tamper(dataDir: string, key: string, text: string): void {
  const db = new Database(path.join(dataDir, 'vanthu.db'));
  db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(text, key);
  db.close();
}

function freshStore() {
  const database = openDatabase(path.join(tempDataDir('vanthu-settings-'), 'vanthu.db'));
  migrate(database.sqlite, loadMigrations(path.join(ROOT, 'migrations')));
  const logger = memoryLogger();
  return { database, logger, store: createSettingsStore(database.db, logger) };
}

describe('settings store', () => {
  it('a damaged numbering setting refuses to number (no silent single series), is logged, and saving repairs it', async () => {
    const { app } = await agencyApp('2026-03-05T02:00:00Z');
    await ok(app, 'register.saveSettings', { OutgoingSeries: 'per-type' });
    await ok(app, 'register.addOutgoing', outgoing());
    const cv = await ok(
      app,
      'register.addOutgoing',
      outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP', Subject: 'Về việc báo cáo số liệu' }),
    );
    expect(cv.entry.CodeNumber).toBe('01');

    tamper(app.dataDirPath, 'register.numbering', '{"OutgoingSeries":"per-typ"}');
    const refused = await err(
      app,
      'register.addOutgoing',
      outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP', Subject: 'Về việc thứ hai' }),
    );
    expect(refused.kind).toBe('Conflict');
    expect(refused.message).toContain('Thiết lập "Cách đánh số văn bản đi" (register.numbering)');
    expect(refused.message).toContain('bị hỏng');
    expect((await err(app, 'register.getSettings', {})).message).toContain('register.numbering');
    const logged = (app.logger as unknown as { lines: string[] }).lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.find((l) => l.msg === 'setting unreadable')).toMatchObject({ level: 'error', key: 'register.numbering' });
    expect((await ok(app, 'register.list', { Direction: 'di', limit: 10, withTotal: true })).total).toBe(2);

    tamper(app.dataDirPath, 'register.numbering', 'not json{');
    expect(
      (await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP', Subject: 'Về việc thứ hai' })))
        .message,
    ).toContain('không phải JSON');

    // Saving is the repair, even though numbers were issued this year; the Công văn series goes on.
    await ok(app, 'register.saveSettings', { OutgoingSeries: 'per-type' });
    const next = await ok(
      app,
      'register.addOutgoing',
      outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP', Subject: 'Về việc thứ hai' }),
    );
    expect(next.entry.CodeNumber).toBe('02');
    app.close();
  });

  it('reads defaults when nothing was saved, round-trips values, and refuses a damaged value of any key by name', () => {
    const { database, logger, store } = freshStore();
    expect(store.get('register.numbering')).toEqual({ OutgoingSeries: 'single' });
    expect(store.get('exchange.revokeAnswer')).toBe('15-16');
    expect(store.get('exchange.hub')).toBeNull();
    store.save('exchange.revokeAnswer', '03-02', '2026-01-01T09:00:00+07:00');
    expect(store.get('exchange.revokeAnswer')).toBe('03-02');
    expect(() => store.save('exchange.revokeAnswer', 'xx' as never, '2026-01-01T09:00:00+07:00')).toThrow();
    expect(store.get('exchange.revokeAnswer')).toBe('03-02');

    database.sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run('"04-05"', 'exchange.revokeAnswer');
    expect(() => store.get('exchange.revokeAnswer')).toThrow(/Cách trả lời yêu cầu thu hồi văn bản" \(exchange.revokeAnswer\)/);

    const intake = store.slot('intake.settings');
    intake.save(intake.get(), '2026-01-01T09:00:00+07:00');
    database.sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run('{"antivirus":"off"}', 'intake.settings');
    expect(() => intake.get()).toThrow(/intake.settings/);
    expect(intake.getForRepair()).toEqual(SETTINGS['intake.settings'].fallback);
    expect(logger.lines.filter((l) => l.includes('"setting unreadable"'))).toHaveLength(3);
    database.close();
  });

  it('a signing value saved by an older version (fields missing) is filled from the defaults, not refused', () => {
    const { database, store } = freshStore();
    database.sqlite
      .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
      .run('signing.settings', '{"tsaUrl":"http://tsa.example/"}', 'x');
    expect(store.get('signing.settings')).toEqual({ ...DEFAULT_SIGNING_SETTINGS, tsaUrl: 'http://tsa.example/' });
    database.sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run('{"tsaUrl":42}', 'signing.settings');
    expect(() => store.get('signing.settings')).toThrow(/Thiết lập ký số/);
    database.close();
  });
});
