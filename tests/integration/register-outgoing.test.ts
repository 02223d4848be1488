import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { fixedClock } from '../../src-main/core/clock';
import { testApp } from '../support/app-harness';
import { agencyApp, err, ok, outgoing } from './register-helpers';

type Result = { entry: RegisterEntry; warnings: unknown[] };
const soOf = async (app: Awaited<ReturnType<typeof agencyApp>>['app'], over: Record<string, unknown>) =>
  (await ok<Result>(app, 'register.addOutgoing', outgoing(over))).entry.SoKyHieu;

describe('register: văn bản đi', () => {
  it('one series for all administrative documents by default, copies in their own series, leading zero below 10', async () => {
    const { app } = await agencyApp();
    expect(await soOf(app, {})).toBe('01/QĐ-UBND');
    expect(await soOf(app, { TypeName: 'Công văn', UnitAbbreviation: 'VP' })).toBe('02/UBND-VP');
    expect(await soOf(app, { TypeName: 'TTr' })).toBe('03/TTr-UBND');
    expect(await soOf(app, { TypeName: 'Quy định' })).toBe('04/QyĐ-UBND');
    expect(await soOf(app, { TypeName: 'Sao y' })).toBe('01/SY-UBND');
    expect(await soOf(app, { TypeName: 'Trích sao' })).toBe('02/TrS-UBND');
    for (let i = 0; i < 5; i++) await soOf(app, { TypeName: 'Thông báo' });
    expect(await soOf(app, { TypeName: 'Thông báo' })).toBe('10/TB-UBND');
    const page = await ok<{ items: RegisterEntry[]; total: number }>(app, 'register.list', { Direction: 'di', limit: 1, withTotal: true });
    expect(page.total).toBe(12);
    const e = page.items[0]!;
    expect(e).toMatchObject({
      CodeNumber: '10',
      IssuedDate: '2026-03-05',
      OrganName: 'Ủy ban nhân dân xã Tân Phú',
      Series: 'hanh-chinh',
      DocumentId: '000.00.24.H44,2026/03/05,10/TB-UBND',
      To: [{ OrganId: null, OrganName: 'Ủy ban nhân dân huyện Đồng Phú' }],
    });
    app.close();
  });

  it('per-type series when the agency chooses it, and refuses to switch once a number was given this year', async () => {
    const { app, clock } = await agencyApp();
    expect(await ok(app, 'register.saveSettings', { OutgoingSeries: 'per-type' })).toEqual({ OutgoingSeries: 'per-type' });
    expect(await soOf(app, {})).toBe('01/QĐ-UBND');
    expect(await soOf(app, { TypeName: 'Thông báo' })).toBe('01/TB-UBND');
    expect(await soOf(app, {})).toBe('02/QĐ-UBND');
    const e = await err(app, 'register.saveSettings', { OutgoingSeries: 'single' });
    expect(e.kind).toBe('Conflict');
    clock.set('2026-12-31T17:00:00Z');
    expect(await ok(app, 'register.saveSettings', { OutgoingSeries: 'single' })).toEqual({ OutgoingSeries: 'single' });
    expect(await soOf(app, { TypeName: 'Thông báo' })).toBe('01/TB-UBND');
    expect(await soOf(app, {})).toBe('02/QĐ-UBND');
    app.close();
  });

  it('restarts at 01 on 1 January in Vietnam time', async () => {
    const { app, clock } = await agencyApp('2025-12-31T16:59:59Z');
    expect(await soOf(app, {})).toBe('01/QĐ-UBND');
    expect(await soOf(app, {})).toBe('02/QĐ-UBND');
    clock.set('2025-12-31T17:00:00Z');
    const r = await ok<Result>(app, 'register.addOutgoing', outgoing());
    expect(r.entry).toMatchObject({ SoKyHieu: '01/QĐ-UBND', Year: 2026, IssuedDate: '2026-01-01' });
    app.close();
  });

  it('hủy số keeps the row visible with its reason and never gives the number again', async () => {
    const { app } = await agencyApp();
    const a = await ok<Result>(app, 'register.addOutgoing', outgoing());
    const cancelled = await ok<RegisterEntry>(app, 'register.cancelOutgoing', { id: a.entry.id, Reason: 'Ký nhầm bản dự thảo' });
    expect(cancelled).toMatchObject({ Status: 'cancelled', SoKyHieu: '01/QĐ-UBND', Cancellation: { Reason: 'Ký nhầm bản dự thảo' } });
    expect(await soOf(app, {})).toBe('02/QĐ-UBND');
    expect((await err(app, 'register.cancelOutgoing', { id: a.entry.id, Reason: 'Hủy lần nữa' })).kind).toBe('Conflict');
    expect((await err(app, 'register.cancelOutgoing', { id: a.entry.id, Reason: 'x' })).kind).toBe('Validation');
    expect((await err(app, 'register.cancelOutgoing', { id: 'nope', Reason: 'Không tồn tại' })).kind).toBe('NotFound');
    const list = await ok<{ items: RegisterEntry[] }>(app, 'register.list', { Direction: 'di' });
    expect(list.items.map((e) => [e.SoKyHieu, e.Status])).toEqual([
      ['02/QĐ-UBND', 'registered'],
      ['01/QĐ-UBND', 'cancelled'],
    ]);
    const den = await ok<Result>(app, 'register.addIncoming', { TypeName: 'Công văn', OrganName: 'Sở Nội vụ', Subject: 'Về việc báo cáo' });
    expect((await err(app, 'register.cancelOutgoing', { id: den.entry.id, Reason: 'Không được hủy' })).kind).toBe('Validation');
    app.close();
  });

  it('refuses what cannot be numbered, by field, without consuming a number', async () => {
    const { app } = await agencyApp();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ TypeName: 'Công văn' }, 'UnitAbbreviation', 'UnitAbbreviation'],
      [{ TypeName: 'Nghị định' }, 'TypeName', 'quy phạm pháp luật'],
      [{ UnitAbbreviation: 'V P' }, 'UnitAbbreviation', 'dấu cách'],
      [{ SignerInfo: { Position: 'Chủ tịch' } }, 'SignerInfo.FullName', 'người ký'],
      [{ Confidentiality: 'Rất mật' }, 'Confidentiality', 'Độ mật (Confidentiality)'],
      [{ Subject: '' }, 'Subject', 'Trích yếu'],
    ];
    for (const [over, field, text] of cases) {
      const e = await err(app, 'register.addOutgoing', outgoing(over));
      expect(e.kind, field).toBe('Validation');
      expect(e.message, field).toContain(text);
    }
    expect(await soOf(app, {})).toBe('01/QĐ-UBND');
    app.close();
  });

  it('needs the agency profile before giving an outgoing number', async () => {
    const app = testApp({ clock: fixedClock('2026-03-05T02:00:00Z') });
    const e = await err(app, 'register.addOutgoing', outgoing());
    expect(e.kind).toBe('Conflict');
    app.close();
  });

  it('the database itself refuses a duplicate number, a deleted entry and a changed number', async () => {
    const { app } = await agencyApp();
    const a = await ok<Result>(app, 'register.addOutgoing', outgoing());
    app.close();
    const db = new Database(path.join(app.dataDir, 'vanthu.db'));
    const row = db.prepare('SELECT * FROM register_entry WHERE id = ?').get(a.entry.id) as Record<string, unknown>;
    const { seq: _s, ...copy } = row;
    const cols = Object.keys(copy);
    const insert = db.prepare(`INSERT INTO register_entry (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`);
    expect(() => insert.run({ ...copy, id: 'other' })).toThrow(/UNIQUE/);
    expect(() => insert.run({ ...copy, id: 'other2', series: 'quyet-dinh' })).toThrow(/UNIQUE/);
    expect(() => db.prepare('DELETE FROM register_entry').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE register_entry SET number = 5').run()).toThrow(/immutable/);
    expect(() => db.prepare("UPDATE register_entry SET status = 'cancelled'").run()).not.toThrow();
    expect(() => db.prepare("UPDATE register_entry SET status = 'registered'").run()).toThrow(/reinstated/);
    db.close();
  });
});
