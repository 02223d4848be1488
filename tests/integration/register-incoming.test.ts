import { describe, expect, it } from 'vitest';
import type { RegisterEntry, RegisterWarning } from '../../src-shared/contracts/register.contract';
import { errorText, loadEnglishErrors } from '../../src-renderer/i18n/error-text';
import { addIncoming, agencyApp, err, incoming, nextArrivalNumber, ok } from './register-helpers';

type Result = { entry: RegisterEntry; warnings: RegisterWarning[] };

describe('register: văn bản đến', () => {
  it('gives số đến 1, 2, 3 in one sequence shared by paper and electronic documents', async () => {
    const { app } = await agencyApp();
    const a = await addIncoming(app);
    const b = await addIncoming(app, { SoKyHieu: '12/TB-SNgV', Medium: 'dien-tu', OrganName: 'Sở Ngoại vụ' });
    const c = await addIncoming(app, { SoKyHieu: '05/UBND-VP', TypeName: 'Công văn' });
    expect([a, b, c].map((r) => r.entry.ArrivalNumber)).toEqual([1, 2, 3]);
    expect(b.entry.Medium).toBe('dien-tu');
    expect(a.entry).toMatchObject({
      Direction: 'den',
      Year: 2026,
      ArrivalDate: '2026-03-05',
      CodeNumber: '3830',
      CodeNotation: 'QĐ-UBND',
      SoKyHieu: '3830/QĐ-UBND',
      IssuedDate: '2026-02-27',
      TypeCode: 'quyet-dinh',
      TypeName: 'Quyết định',
      SignerInfo: { Position: 'Chủ tịch', FullName: 'Hồ Quốc Dũng' },
      Priority: 'thuong',
      Status: 'registered',
    });
    const list = await ok<{ items: RegisterEntry[]; total: number }>(app, 'register.list', { Direction: 'den', withTotal: true });
    expect(list.items.map((e) => e.ArrivalNumber)).toEqual([3, 2, 1]);
    expect(list.total).toBe(3);
    app.close();
  });

  it('crosses New Year in Vietnam time: 16:59:59Z on 31/12 is still the old year, 17:00:00Z starts at 1', async () => {
    const { app, clock } = await agencyApp('2025-12-31T10:00:00Z');
    await ok(app, 'register.addIncoming', incoming({ IssuedDate: '2025-12-30' }));
    clock.set('2025-12-31T16:59:59Z');
    const last = await addIncoming(app, { SoKyHieu: '2/TB-UBND', IssuedDate: '2025-12-30' });
    expect(last.entry).toMatchObject({ Year: 2025, ArrivalNumber: 2, ArrivalDate: '2025-12-31' });
    clock.set('2025-12-31T17:00:00Z');
    const first = await addIncoming(app, { SoKyHieu: '3/TB-UBND', IssuedDate: '2025-12-30' });
    expect(first.entry).toMatchObject({ Year: 2026, ArrivalNumber: 1, ArrivalDate: '2026-01-01' });
    app.close();
  });

  it('accepts labels, dd/mm/yyyy dates and split số/ký hiệu; warns on arrival before issue', async () => {
    const { app } = await agencyApp();
    const r = await ok<Result>(app, 'register.addIncoming', {
      ...incoming({ SoKyHieu: undefined }),
      CodeNumber: '36a',
      CodeNotation: 'NQ–CP',
      TypeName: 'nghị quyết',
      IssuedDate: '10/03/2026',
      Priority: 'HỎA TỐC',
    });
    expect(r.entry).toMatchObject({
      CodeNumber: '36a',
      CodeNotation: 'NQ-CP',
      IssuedDate: '2026-03-10',
      Priority: 'hoa-toc',
      TypeCode: 'nghi-quyet',
    });
    expect(r.warnings.map((w) => w.field)).toContain('ArrivalDate');
    // The warning is keyed: the clerk's Vietnamese sentence, and the same in an English window.
    const arrival = r.warnings.find((w) => w.field === 'ArrivalDate')!;
    expect(arrival).toMatchObject({ code: 'register.arrivalBeforeIssued', params: { issued: '2026-03-10' } });
    expect(arrival.message).toMatch(/^Ngày đến \(\d{4}-\d{2}-\d{2}\) trước ngày văn bản \(2026-03-10\); hãy kiểm tra lại ngày tháng\.$/);
    await loadEnglishErrors();
    expect(errorText(arrival, 'en')).toMatch(/^The arrival date \(\d{4}-\d{2}-\d{2}\) is before the document date \(2026-03-10\)/);
    // A văn bản quy phạm pháp luật: its số carries the year, its type is not one of Điều 7's.
    const decree = { SoKyHieu: '30/2020/NĐ-CP', TypeName: 'Nghị định', OrganName: 'Chính phủ', IssuedDate: '2020-03-05' };
    const legal = await addIncoming(app, decree);
    expect(legal.entry).toMatchObject({ TypeCode: 'nghi-dinh', CodeNotation: '2020/NĐ-CP' });
    app.close();
  });

  it.each([
    ['Subject', { Subject: 'x'.repeat(501) }, 'Trích yếu nội dung (Subject) tối đa 500'],
    ['OrganName', { OrganName: 'Sở '.repeat(100) }, 'OrganName'],
    ['CodeNumber', { SoKyHieu: undefined, CodeNumber: '123456789012', CodeNotation: 'QĐ-UBND' }, 'CodeNumber'],
    ['CodeNotation', { SoKyHieu: undefined, CodeNumber: '1', CodeNotation: 'QĐ-' + 'A'.repeat(30) }, 'CodeNotation'],
    ['SoKyHieu and CodeNumber together', { SoKyHieu: '12/QĐ-UBND', CodeNumber: '12' }, 'không nhập cả hai'],
    ['IssuedDate', { IssuedDate: '2026-02-30' }, 'Ngày, tháng, năm văn bản (IssuedDate): Ngày "2026-02-30" không tồn tại'],
    ['IssuedDate format', { IssuedDate: '2026/13/01' }, 'IssuedDate'],
    ['PageAmount', { PageAmount: 'ba' }, 'Số trang của văn bản (PageAmount) phải là số'],
    ['SignerInfo.FullName', { SignerInfo: { FullName: 7 } }, 'Họ và tên người ký (SignerInfo.FullName) phải là chuỗi'],
    ['ArrivalDate', { ArrivalDate: '2026-03-06' }, 'tương lai'],
    ['TypeName', { TypeName: 'Thư tình' }, 'TypeName'],
    ['Priority', { Priority: 'gấp lắm' }, 'Priority'],
    ['unknown field', { Subjet: 'typo' }, 'Subjet'],
  ])('refuses a bad %s by name, storing nothing and consuming no number', async (_f, over, text) => {
    const { app } = await agencyApp();
    await ok(app, 'register.addIncoming', incoming());
    const before = await nextArrivalNumber(app);
    const e = await err(app, 'register.addIncoming', incoming(over));
    expect(e.kind).toBe('Validation');
    expect(e.message).toContain(text);
    expect(await nextArrivalNumber(app)).toBe(before);
    const list = await ok<{ total: number }>(app, 'register.list', { withTotal: true });
    expect(list.total).toBe(1);
    app.close();
  });

  it('warns of a duplicate (same số, ký hiệu, cơ quan, folded) before a number is consumed, and records a confirmation', async () => {
    const { app } = await agencyApp();
    const first = await addIncoming(app, { OrganName: 'Uỷ ban nhân dân tỉnh Bình Định' });
    const before = await nextArrivalNumber(app);
    const dup = await err(
      app,
      'register.addIncoming',
      incoming({ SoKyHieu: 'Số: 3830 / qđ-ubnd', OrganName: 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH' }),
    );
    expect(dup.kind).toBe('Duplicate');
    const matches = dup.details?.matches as { id: string; reasons: string[] }[];
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: first.entry.id, reasons: ['SoKyHieuOrgan'] });
    expect(await nextArrivalNumber(app)).toBe(before);

    const check = await ok<{ matches: unknown[] }>(app, 'register.checkDuplicates', {
      SoKyHieu: '3830/QD-UBND',
      OrganName: 'uy ban nhan dan tinh binh dinh',
      IssuedDate: '2026-02-27',
    });
    expect(check.matches).toHaveLength(1);
    // A different year of the same số/ký hiệu is a different document.
    await ok(app, 'register.addIncoming', incoming({ IssuedDate: '2025-02-27' }));

    const confirmed = await ok<Result>(app, 'register.addIncoming', { ...incoming(), confirmNotDuplicate: true });
    expect(confirmed.entry.ConfirmedNotDuplicate).toBe(true);
    const detail = await ok<{ history: { action: string; data: Record<string, unknown> }[] }>(app, 'register.get', {
      id: confirmed.entry.id,
    });
    expect(detail.history[0]).toMatchObject({
      action: 'register.registered',
      data: { confirmedNotDuplicate: true, duplicateOf: [first.entry.id] },
    });
    app.close();
  });

  it('warns of a duplicate DocumentId', async () => {
    const { app } = await agencyApp();
    const id = '000.00.00.G22,2026/02/27,3830/QĐ-UBND';
    await ok(app, 'register.addIncoming', incoming({ DocumentId: id }));
    const e = await err(app, 'register.addIncoming', incoming({ SoKyHieu: '99/TB-UBND', DocumentId: id }));
    expect(e.kind).toBe('Duplicate');
    expect((e.details?.matches as { reasons: string[] }[])[0]!.reasons).toEqual(['DocumentId']);
    app.close();
  });

  it('autocompletes OrganName from history through the folding function', async () => {
    const { app } = await agencyApp();
    await ok(app, 'register.addIncoming', incoming({ OrganName: 'Uỷ ban nhân dân tỉnh Bình Định' }));
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '1/TB-SNgV', OrganName: 'Sở Ngoại vụ tỉnh Bình Định' }));
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '2/TB-SNgV', OrganName: 'Sở Ngoại vụ tỉnh Bình Định' }));
    const byStart = await ok<{ items: { OrganName: string }[] }>(app, 'register.organNames', { prefix: 'ủy ban' });
    expect(byStart.items.map((i) => i.OrganName)).toEqual(['Uỷ ban nhân dân tỉnh Bình Định']);
    const byWord = await ok<{ items: { OrganName: string; uses: number }[] }>(app, 'register.organNames', { prefix: 'binh d' });
    expect(byWord.items[0]).toMatchObject({ OrganName: 'Sở Ngoại vụ tỉnh Bình Định', uses: 2 });
    expect(byWord.items).toHaveLength(2);
    app.close();
  });

  it('corrects descriptive fields with the old and new values audited; numbers never change', async () => {
    const { app } = await agencyApp();
    const r = await addIncoming(app);
    const fixed = await ok<RegisterEntry>(app, 'register.correct', {
      id: r.entry.id,
      Reason: 'Gõ nhầm trích yếu',
      changes: { Subject: 'Trích yếu đúng', DueDate: '15/03/2026' },
    });
    expect(fixed).toMatchObject({ Subject: 'Trích yếu đúng', DueDate: '2026-03-15', ArrivalNumber: 1 });
    const bad = await err(app, 'register.correct', { id: r.entry.id, Reason: 'x', changes: { ArrivalNumber: 7 } });
    expect(bad.kind).toBe('Validation');
    const h = await ok<{ history: { action: string; data: any }[] }>(app, 'register.get', { id: r.entry.id });
    expect(h.history.map((x) => x.action)).toEqual(['register.registered', 'register.corrected', 'register.viewed']);
    expect(h.history[1]!.data.changes.Subject).toEqual({ from: incoming().Subject, to: 'Trích yếu đúng' });
    app.close();
  });
});
