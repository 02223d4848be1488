/**
 * Issue 13: "the CLI and books accept a term where they accept a year". A Party body numbers per
 * term (nhiệm kỳ); its books, lists, exports, reports and volumes take the term (by id or name):
 * the cover names it, the period is its dates, the rows are its series only. Clear refusals for an
 * unknown term, a term for a State agency, and a year given with a term.
 */
import { describe, expect, it } from 'vitest';
import { printedCover, pdfFlat, pdfText, storedBytes } from './books-helpers';
import { PARTY_AGENCY, agencyApp, err, ok, outgoing } from './register-helpers';

/** Two terms: Khóa XXIV (closed 30/9/2025, CV 01 and NQ 01 in June 2025) and Khóa XXV (CV 01 in March 2026). */
async function partyWithTwoTerms() {
  const { app, clock } = await agencyApp('2025-06-10T02:00:00Z');
  await ok(app, 'agency.saveProfile', PARTY_AGENCY);
  const old = await ok(app, 'agency.addTerm', { name: 'Khóa XXIV, nhiệm kỳ 2020–2025', startDate: '2020-10-16', endDate: null });
  await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn', Subject: 'Công văn khóa cũ về chuẩn bị đại hội' }));
  await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Nghị quyết', Subject: 'Nghị quyết khóa cũ về công tác cán bộ' }));
  await ok(app, 'agency.endTerm', { id: old.id, endDate: '2025-09-30' });
  const cur = await ok(app, 'agency.addTerm', { name: 'Khóa XXV, nhiệm kỳ 2025–2030', startDate: '2025-10-01', endDate: null });
  clock.set('2026-03-05T02:00:00Z');
  const cv = await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn', Subject: 'Công văn khóa mới về chuyển đổi số' }));
  expect(cv.entry.SoKyHieu).toBe('01-CV/HU');
  return { app, old: old.id as number, cur: cur.id as number };
}

describe('a Party body names a term where a State agency names a year', () => {
  it('prints the sổ đi of a term: its cover names the term, its rows are that term’s series only', async () => {
    const { app, old, cur } = await partyWithTwoTerms();

    const byName = await ok(app, 'books.print', { Direction: 'di', Term: 'khoa xxiv, nhiem ky 2020-2025' });
    expect(byName.Entries).toBe(2);
    const { bytes, cover } = printedCover(app, byName.File, 'party-term-di.pdf');
    expect(cover).toContain('Nhiệm kỳ: Khóa XXIV, nhiệm kỳ 2020–2025');
    expect(cover).toContain('Từ ngày 16/10/2020 đến ngày 30/09/2025');
    expect(cover).toContain('Năm: 2020–2025');
    const table = pdfFlat(bytes, 2);
    expect(table).toContain('Công văn khóa cũ');
    expect(table).toContain('Nghị quyết khóa cũ');
    expect(table).not.toContain('khóa mới');

    const byId = await ok(app, 'books.print', { Direction: 'di', Term: cur });
    expect(byId.Entries).toBe(1);
    const cover2 = pdfText(storedBytes(app, byId.File), 1, 1);
    expect(cover2).toContain('Nhiệm kỳ: Khóa XXV, nhiệm kỳ 2025–2030');
    expect(cover2).toContain('Từ ngày 01/10/2025 đến ngày 05/03/2026');

    // One series of the term: the type code is read as that term's series.
    const cvOnly = await ok(app, 'books.print', { Direction: 'di', Term: old, Series: 'dang-cong-van' });
    expect(cvOnly.Entries).toBe(1);

    // A locked volume stays in one calendar year: a term across years is refused, a month in it is locked.
    const across = await err(app, 'books.print', { Direction: 'di', Term: old, Lock: true });
    expect(across.kind).toBe('Validation');
    expect(across.message).toContain('kéo dài qua nhiều năm');
    const locked = await ok(app, 'books.print', { Direction: 'di', Term: old, From: '2025-06-01', To: '2025-06-30', Lock: true });
    expect(locked.Volume).toMatchObject({ Year: 2025, VolumeNo: 1, Entries: 2 });
    const outside = await err(app, 'books.print', { Direction: 'di', Term: cur, From: '2025-06-01', To: '2025-06-30' });
    expect(outside.message).toContain('nằm ngoài nhiệm kỳ "Khóa XXV');

    const volsOld = await ok(app, 'books.volumes', { Direction: 'di', Term: old });
    expect(volsOld.items).toHaveLength(1);
    const volsCur = await ok(app, 'books.volumes', { Direction: 'di', Term: cur });
    expect(volsCur.items).toHaveLength(0);
    app.close();
  }, 120_000);

  it('lists, exports and reports a term', async () => {
    const { app, old, cur } = await partyWithTwoTerms();
    const listOld = await ok(app, 'register.list', { Direction: 'di', Term: old });
    expect(listOld.items.map((e: { SoKyHieu: string }) => e.SoKyHieu).sort()).toEqual(['01-CV/HU', '01-NQ/HU']);
    const listCur = await ok(app, 'register.list', { Direction: 'di', Term: String(cur) });
    expect(listCur.items).toHaveLength(1);
    expect(listCur.items[0].Subject).toContain('khóa mới');
    const found = await ok(app, 'register.search', { q: 'công văn', Term: cur });
    expect(found.items).toHaveLength(1);

    const exported = await ok(app, 'books.export', { Direction: 'di', Term: old, Format: 'csv' });
    expect(exported.Rows).toBe(2);
    expect(exported.File.fileName).toBe(`so-di-nhiem-ky-${old}.csv`);

    const rep = await ok(app, 'books.report', { Term: old });
    expect(rep.Outgoing.Total).toBe(2);
    expect(rep.Label).toContain('Nhiệm kỳ Khóa XXIV');
    expect(rep.From).toBe('2020-10-16');
    expect(rep.To).toBe('2025-09-30');
    app.close();
  }, 120_000);

  it('refuses an unknown term, a year with a term, and a term for a State agency — nothing written', async () => {
    const { app, old } = await partyWithTwoTerms();
    const unknown = await err(app, 'books.print', { Direction: 'di', Term: 'Khóa IX' });
    expect(unknown.kind).toBe('NotFound');
    expect(unknown.message).toContain('Không có nhiệm kỳ "Khóa IX"');
    expect(unknown.message).toContain('Khóa XXV, nhiệm kỳ 2025–2030');
    const both = await err(app, 'books.print', { Direction: 'di', Year: 2025, Term: old });
    expect(both.kind).toBe('Validation');
    expect(both.message).toContain('không chọn cả hai');
    const bothList = await err(app, 'register.list', { Direction: 'di', Year: 2025, Term: old });
    expect(bothList.message).toContain('không chọn cả hai');
    app.close();

    const { app: state } = await agencyApp();
    const refused = await err(state, 'books.report', { Term: 1 });
    expect(refused.kind).toBe('Validation');
    expect(refused.message).toContain('nhiệm kỳ (Term) chỉ dùng cho cơ quan Đảng');
    const vols = await ok(state, 'books.volumes', {});
    expect(vols.items).toHaveLength(0);
    state.close();
  }, 120_000);
});
