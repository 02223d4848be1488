/**
 * Issue 13: documents of every issuer. A State agency registers Party documents as printed; a
 * Party body numbers its own documents per type per term (nhiệm kỳ), on real SQLite.
 */
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { partyKindsWithoutAbbreviation } from '../../src-shared/domain';
import { SAMPLE_AGENCY } from '../support/app-harness';
import { PARTY_AGENCY, addIncoming, agencyApp, err, incoming, nextArrivalNumber, ok, outgoing } from './register-helpers';

type Result = { entry: RegisterEntry; warnings: { field: string; message: string }[] };

const HUYEN_UY = {
  OrganName: 'Huyện ủy Kim Động',
  TypeName: 'Quy chế',
  IssuedDate: '2024-09-16',
  Subject: 'Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành',
};

describe('a State agency registers Party documents as printed', () => {
  it('typed "19-QC/HU" and split 19 + "QC/HU" both register, keep the printed text and parts, and are found by 19-qc', async () => {
    const { app } = await agencyApp();
    const typed = await addIncoming(app, { ...HUYEN_UY, SoKyHieu: 'Số 19 -QC/HU' });
    expect(typed.entry).toMatchObject({
      SoKyHieu: '19-QC/HU',
      CodeNumber: '19',
      CodeNotation: 'QC/HU',
      NotationSystem: 'party',
      TypeCode: 'dang-quy-che',
    });
    expect(typed.warnings).toEqual([]);

    // The same document again, split as the OCR prefill and edXML give it: the duplicate key uses the parts.
    const dupe = await err(
      app,
      'register.addIncoming',
      incoming({ ...HUYEN_UY, SoKyHieu: undefined, CodeNumber: '19', CodeNotation: 'QC/HU' }),
    );
    expect(dupe.kind).toBe('Duplicate');
    const split = await addIncoming(app, {
      ...HUYEN_UY,
      SoKyHieu: undefined,
      CodeNumber: '19',
      CodeNotation: 'QC/HU',
      confirmNotDuplicate: true,
    });
    expect(split.entry.SoKyHieu).toBe('19-QC/HU');

    for (const q of ['19-qc', 'qc/hu', 'QC HU 19']) {
      const found = await ok<{ items: RegisterEntry[] }>(app, 'register.search', { q });
      expect(found.items.map((e) => e.id).sort(), q).toEqual([typed.entry.id, split.entry.id].sort());
    }
    app.close();
  });

  it('an unknown Party type abbreviation is registered with the type flagged', async () => {
    const { app } = await agencyApp();
    const r = await addIncoming(app, { ...HUYEN_UY, SoKyHieu: '03-XYZ/HU' });
    expect(r.entry).toMatchObject({ SoKyHieu: '03-XYZ/HU', NotationSystem: 'party' });
    expect(r.warnings[0]?.message).toContain('XYZ');
    app.close();
  });

  it('a number that follows no form is registered as printed with a visible note, never refused', async () => {
    const { app } = await agencyApp();
    const foreign = await addIncoming(app, { TypeName: 'Thư', SoKyHieu: 'Ref. 2026/EMB', OrganName: 'Đại sứ quán Nhật Bản' });
    expect(foreign.entry).toMatchObject({
      SoKyHieu: 'Ref. 2026/EMB',
      CodeNumber: null,
      CodeNotation: null,
      NotationSystem: 'unparsed',
      TypeCode: 'thu',
    });
    expect(foreign.warnings[0]).toMatchObject({ field: 'SoKyHieu' });
    expect(foreign.warnings[0]?.message).toContain('ghi nguyên như trên văn bản');
    const don = await addIncoming(app, {
      TypeName: 'Đơn',
      SoKyHieu: null,
      OrganName: 'Ông Nguyễn Văn B',
      Subject: 'Đơn đề nghị cấp trích lục',
    });
    expect(don.entry).toMatchObject({ SoKyHieu: null, TypeCode: 'don' });
    for (const t of ['Luật', 'Nghị định', 'Thông tư', 'Kết luận', 'Thông tri', 'Điện', 'Công điện']) {
      const r = await addIncoming(app, { TypeName: t, SoKyHieu: null, Subject: `Văn bản loại ${t}` });
      expect(r.entry.TypeName, t).toBe(t);
    }
    app.close();
  });

  it('State forms still read as before', async () => {
    const { app } = await agencyApp();
    const r = await addIncoming(app, { SoKyHieu: '36a/NQ-CP', TypeName: 'Nghị quyết' });
    expect(r.entry).toMatchObject({ SoKyHieu: '36a/NQ-CP', CodeNumber: '36a', CodeNotation: 'NQ-CP', NotationSystem: 'state' });
    app.close();
  });
});

describe('a Party body numbers its documents per type per term', () => {
  async function partyApp(now = '2026-03-05T02:00:00Z') {
    const h = await agencyApp(now);
    await ok(h.app, 'agency.saveProfile', PARTY_AGENCY);
    return h;
  }

  it('refuses numbering outside any term, writing nothing', async () => {
    const { app } = await partyApp();
    const e = await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn' }));
    expect(e.kind).toBe('Conflict');
    expect(e.message).toContain('nhiệm kỳ');
    const list = await ok<{ total: number }>(app, 'register.list', { Direction: 'di', withTotal: true });
    expect(list.total).toBe(0);
    app.close();
  });

  it('issues Số 01-CV/HU and 01-NQ/HU in separate series, a ban its own issuer, congress documents one series, and restarts at 01 in a new term', async () => {
    const { app, clock } = await partyApp();
    const t1 = await ok<{ id: number }>(app, 'agency.addTerm', { name: 'Khóa XXV (2020–2025)', startDate: '2020-10-16', endDate: null });
    const so = async (over: Record<string, unknown>) => (await ok<Result>(app, 'register.addOutgoing', outgoing(over))).entry;

    expect((await so({ TypeName: 'Công văn' })).SoKyHieu).toBe('01-CV/HU');
    expect((await so({ TypeName: 'Nghị quyết' })).SoKyHieu).toBe('01-NQ/HU');
    expect((await so({ TypeName: 'Công văn' })).SoKyHieu).toBe('02-CV/HU');
    const vp = await so({ TypeName: 'Quy chế', IssuerAbbreviation: 'VPHU' });
    expect(vp).toMatchObject({
      SoKyHieu: '01-QC/VPHU',
      CodeNumber: '01',
      CodeNotation: 'QC/VPHU',
      NotationSystem: 'party',
      TypeCode: 'dang-quy-che',
    });
    // Congress documents: one series for every type, the congress (or one of its bodies) as issuer,
    // so the congress's 02-NQ never repeats the cấp ủy's own 02-NQ/HU.
    expect((await so({ TypeName: 'Báo cáo', Congress: true })).SoKyHieu).toBe('01-BC/ĐH');
    expect((await so({ TypeName: 'Nghị quyết', Congress: true })).SoKyHieu).toBe('02-NQ/ĐH');
    expect((await so({ TypeName: 'Biên bản', Congress: true, IssuerAbbreviation: 'ĐCT' })).SoKyHieu).toBe('03-BB/ĐCT');
    const same = await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Nghị quyết', Congress: true, IssuerAbbreviation: 'HU' }));
    expect(same.message).toContain('dãy số chung cho mọi loại');
    expect((await so({ TypeName: 'Thông báo', Congress: true })).SoKyHieu).toBe('04-TB/ĐH');
    const nq = await so({ TypeName: 'Nghị quyết' });
    expect(nq.SoKyHieu).toBe('02-NQ/HU');
    expect(nq.DocumentId).toBe(`${SAMPLE_AGENCY.code},2026/03/05,02-NQ/HU`);

    // A new year inside the same term continues the series.
    clock.set('2027-01-05T02:00:00Z');
    expect((await so({ TypeName: 'Công văn' })).SoKyHieu).toBe('03-CV/HU');

    // Overlapping term refused by name, nothing written.
    const overlap = await err(app, 'agency.addTerm', { name: 'Khóa XXVI', startDate: '2026-12-01', endDate: null });
    expect(overlap.message).toMatch(/trùng thời gian.*Khóa XXV/);
    // Ending the term before a number it gave is refused.
    expect((await err(app, 'agency.endTerm', { id: t1.id, endDate: '2026-12-31' })).message).toContain('đã cấp số');
    await ok(app, 'agency.endTerm', { id: t1.id, endDate: '2027-01-10' });
    await ok(app, 'agency.addTerm', { name: 'Khóa XXVI (2027–2032)', startDate: '2027-01-11', endDate: null });
    clock.set('2027-01-12T02:00:00Z');
    expect((await so({ TypeName: 'Công văn' })).SoKyHieu).toBe('01-CV/HU');
    expect((await so({ TypeName: 'Nghị quyết' })).SoKyHieu).toBe('01-NQ/HU');

    const terms = await ok<{ items: { name: string; endDate: string | null }[] }>(app, 'agency.listTerms', {});
    expect(terms.items.map((t) => t.endDate)).toEqual(['2027-01-10', null]);
    app.close();
  });

  it('refuses a State type or a Party type without a sourced abbreviation, consuming no number', async () => {
    const { app } = await partyApp();
    await ok(app, 'agency.addTerm', { name: 'Khóa XXV', startDate: '2020-10-16', endDate: null });
    expect((await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Hợp đồng' }))).message).toContain('399-QĐ/TW');
    expect((await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Tuyên bố' }))).message).toContain('chưa có ký hiệu chuẩn');
    expect((await ok<Result>(app, 'register.addOutgoing', outgoing({ TypeName: 'Thông tri' }))).entry.SoKyHieu).toBe('01-TT/HU');
    app.close();
  });

  it('a type marked "chưa có ký hiệu chuẩn" is numbered with the abbreviation the clerk types, in its own series', async () => {
    const { app } = await partyApp();
    await ok(app, 'agency.addTerm', { name: 'Khóa XXV', startDate: '2020-10-16', endDate: null });
    const unsourced = partyKindsWithoutAbbreviation().map((k) => k.name);
    expect(unsourced).toEqual(expect.arrayContaining(['Tuyên bố', 'Lời kêu gọi', 'Thông cáo', 'Quy hoạch', 'Giấy giới thiệu']));
    expect(unsourced).not.toContain('Quy chế');
    const tuyenBo = await ok<Result>(app, 'register.addOutgoing', outgoing({ TypeName: 'dang-tuyen-bo', TypeAbbreviation: 'TBo' }));
    expect(tuyenBo.entry).toMatchObject({ SoKyHieu: '01-TBo/HU', TypeCode: 'dang-tuyen-bo', CodeNotation: 'TBo/HU' });
    const ggt = await ok<Result>(app, 'register.addOutgoing', outgoing({ TypeName: 'dang-giay-gioi-thieu', TypeAbbreviation: 'GGT' }));
    expect(ggt.entry.SoKyHieu).toBe('01-GGT/HU');
    expect(
      (await ok<Result>(app, 'register.addOutgoing', outgoing({ TypeName: 'dang-tuyen-bo', TypeAbbreviation: 'TBo' }))).entry.SoKyHieu,
    ).toBe('02-TBo/HU');
    // Another Party type's abbreviation, or one for a type that has its own, is refused; nothing numbered.
    expect((await err(app, 'register.addOutgoing', outgoing({ TypeName: 'dang-tuyen-bo', TypeAbbreviation: 'TB' }))).message).toContain(
      'là của Thông báo',
    );
    expect((await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Quy chế', TypeAbbreviation: 'QCh' }))).message).toContain(
      'chữ viết tắt chuẩn "QC"',
    );
    expect(
      (await ok<Result>(app, 'register.addOutgoing', outgoing({ TypeName: 'dang-tuyen-bo', TypeAbbreviation: 'TBo' }))).entry.SoKyHieu,
    ).toBe('03-TBo/HU');
    // The same type arriving at a State agency is registered as printed.
    const { app: state } = await agencyApp();
    const inc = await addIncoming(state, {
      TypeName: 'Tuyên bố',
      SoKyHieu: '05-TBo/TU',
      OrganName: 'Tỉnh ủy Hưng Yên',
      IssuedDate: '2026-02-27',
    });
    expect(inc.entry).toMatchObject({ SoKyHieu: '05-TBo/TU', TypeCode: 'dang-tuyen-bo' });
    state.close();
    app.close();
  });

  it('a State agency refuses the Party-only fields', async () => {
    const { app } = await agencyApp();
    expect((await err(app, 'register.addOutgoing', outgoing({ IssuerAbbreviation: 'VP' }))).message).toContain('cơ quan Đảng');
    expect(await nextArrivalNumber(app)).toBe(1);
    app.close();
  });
});
