/**
 * Độ mật on the register (issue 17): Mật / Tối mật / Tuyệt mật are registered in their own number
 * series, stay out of the search index and the ordinary books, and keep their level for good.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { agencyApp, err, incoming, ok, outgoing, type TestApp } from './register-helpers';

type Result = { entry: RegisterEntry };

describe('register: độ mật', () => {
  it('numbers incoming mật documents apart from số đến, ordinary numbering unaffected', async () => {
    const { app } = await agencyApp();
    const a = await ok<Result>(app, 'register.addIncoming', incoming());
    const m1 = await ok<Result>(app, 'register.addIncoming', incoming({ SoKyHieu: '7/QĐ-UBND', Confidentiality: 'MẬT' }));
    const m2 = await ok<Result>(app, 'register.addIncoming', incoming({ SoKyHieu: '8/QĐ-UBND', Confidentiality: 'tuyet-mat' }));
    const b = await ok<Result>(app, 'register.addIncoming', incoming({ SoKyHieu: '9/QĐ-UBND' }));
    expect([a, b].map((r) => [r.entry.Series, r.entry.ArrivalNumber])).toEqual([
      ['den', 1],
      ['den', 2],
    ]);
    expect([m1, m2].map((r) => [r.entry.Series, r.entry.ArrivalNumber, r.entry.Confidentiality])).toEqual([
      ['den-mat', 1, 'mat'],
      ['den-mat', 2, 'tuyet-mat'],
    ]);
    const secret = await ok<{ items: RegisterEntry[] }>(app, 'register.list', { Direction: 'den', Confidentiality: 'secret' });
    expect(secret.items.map((e) => e.id).sort()).toEqual([m1.entry.id, m2.entry.id].sort());
    const plain = await ok<{ items: RegisterEntry[] }>(app, 'register.list', { Direction: 'den', Confidentiality: 'none' });
    expect(plain.items).toHaveLength(2);
    app.close();
  });

  it('gives outgoing mật documents their own series (Điều 15.2): 01 mật beside 01 ordinary', async () => {
    const { app } = await agencyApp();
    const plain = await ok<Result>(app, 'register.addOutgoing', outgoing());
    const secret = await ok<Result>(app, 'register.addOutgoing', outgoing({ Confidentiality: 'Tối mật' }));
    expect(plain.entry).toMatchObject({ Series: 'hanh-chinh', SoKyHieu: '01/QĐ-UBND', Confidentiality: 'none' });
    expect(secret.entry).toMatchObject({ Series: 'mat', SoKyHieu: '01/QĐ-UBND', Confidentiality: 'toi-mat' });
    const next = await ok<Result>(app, 'register.addOutgoing', outgoing());
    expect(next.entry.SoKyHieu).toBe('02/QĐ-UBND');
    app.close();
  });

  it('keeps a mật trích yếu out of search; the number and issuer still find it', async () => {
    const { app } = await agencyApp();
    await ok(app, 'register.addIncoming', incoming({ Subject: 'Kế hoạch diễn tập phòng thủ khu vực', Confidentiality: 'mat' }));
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '2/KH-UBND', Subject: 'Kế hoạch trồng cây mùa xuân' }));
    const bySubject = await ok<{ items: RegisterEntry[] }>(app, 'register.search', { q: 'dien tap phong thu' });
    expect(bySubject.items).toEqual([]);
    const byPlan = await ok<{ items: RegisterEntry[] }>(app, 'register.search', { q: 'ke hoach' });
    expect(byPlan.items.map((e) => e.Subject)).toEqual(['Kế hoạch trồng cây mùa xuân']);
    const byNumber = await ok<{ items: RegisterEntry[] }>(app, 'register.search', { q: '3830' });
    expect(byNumber.items.map((e) => e.Confidentiality)).toEqual(['mat']);
    app.close();
  });

  it('prints the mật book from the mật series only, never locked as a volume', async () => {
    const { app } = await agencyApp();
    await ok(app, 'register.addIncoming', incoming());
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '7/QĐ-UBND', Confidentiality: 'mat' }));
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '8/QĐ-UBND', Confidentiality: 'toi-mat' }));
    const range = { Direction: 'den', From: '2026-03-01', To: '2026-03-31' };
    type Printed = { Entries: number; File: { sha256: string } };
    expect((await ok<Printed>(app, 'books.print', range)).Entries).toBe(1);
    const book = await ok<Printed>(app, 'books.print', { ...range, Series: 'den-mat' });
    expect(book.Entries).toBe(2);
    expect((await err(app, 'books.print', { ...range, Series: 'den-mat', Lock: true, To: '2026-03-04' })).message).toMatch(
      /không khóa hay đánh số quyển/,
    );
    expect((await err(app, 'books.print', { ...range, Series: 'hanh-chinh' })).message).toMatch(/dãy số đến mật/);
    app.close();
  });

  it('leaves mật entries out of the ordinary book export', async () => {
    const { app } = await agencyApp();
    await ok(app, 'register.addIncoming', incoming());
    await ok(
      app,
      'register.addIncoming',
      incoming({ SoKyHieu: '5/QĐ-UBND', Subject: 'Phương án bảo vệ mục tiêu', Confidentiality: 'mat' }),
    );
    const csv = await ok<{ Rows: number }>(app, 'books.export', { Direction: 'den', Year: 2026, Format: 'csv' });
    expect(csv.Rows).toBe(1);
    app.close();
  });

  it('refuses an unknown level by name and a restriction outside the list', async () => {
    const { app } = await agencyApp();
    const e = await err(app, 'register.addIncoming', incoming({ Confidentiality: 'Bí mật' }));
    expect(e.message).toContain('Độ mật (Confidentiality)');
    const r = await err(app, 'register.addIncoming', incoming({ ChannelRestriction: 'rieng-tu' }));
    expect(r.message).toContain('ChannelRestriction');
    const marked = await ok<Result>(app, 'register.addIncoming', incoming({ ChannelRestriction: 'ho-so-goc' }));
    expect(marked.entry.ChannelRestriction).toBe('ho-so-goc');
    app.close();
  });

  it('never lets SQL change an entry’s độ mật afterwards (its number came from that series)', async () => {
    const { app } = await agencyApp();
    const m = await ok<Result>(app, 'register.addIncoming', incoming({ Confidentiality: 'mat' }));
    const dir = (app as TestApp).dataDirPath;
    app.close();
    const db = new Database(path.join(dir, 'vanthu.db'));
    expect(() => db.prepare(`UPDATE register_entry SET confidentiality = 'none' WHERE id = ?`).run(m.entry.id)).toThrow(
      /fixed once registered/,
    );
    db.close();
  });
});
