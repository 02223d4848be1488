import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { agencyApp, err, incoming, ok, outgoing, writePdf, type TestApp } from './register-helpers';

type Page = { items: RegisterEntry[]; nextCursor: string | null; total: number | null };

describe('register: search and lists', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const made = await agencyApp('2025-06-10T02:00:00Z');
    app = made.app;
    const add = async (key: string, name: 'register.addIncoming' | 'register.addOutgoing', rec: Record<string, unknown>) => {
      ids[key] = (await ok<{ entry: RegisterEntry }>(app, name, rec)).entry.id;
    };
    await add(
      'qd',
      'register.addIncoming',
      incoming({
        Subject: 'Quyết định về việc phê duyệt kế hoạch chuyển đổi số',
        OrganName: 'UBND tỉnh Bình Định',
        SoKyHieu: '15/QĐ-UBND',
        IssuedDate: '2025-06-01',
      }),
    );
    await add(
      'hoa',
      'register.addIncoming',
      incoming({
        TypeName: 'Công văn',
        SoKyHieu: '7/SNgV-VP',
        Subject: 'Về việc hoà giải ở cơ sở',
        OrganName: 'Sở Ngoại vụ',
        IssuedDate: '2025-06-02',
        Priority: 'Hỏa tốc',
      }),
    );
    await add(
      'uy',
      'register.addIncoming',
      incoming({
        TypeName: 'Giấy uỷ quyền',
        SoKyHieu: '3/GUQ-UBND',
        Subject: 'Uỷ quyền ký hợp đồng',
        OrganName: 'Ủy ban nhân dân huyện Đồng Phú',
        IssuedDate: '2025-06-03',
      }),
    );
    made.clock.set('2026-01-05T02:00:00Z');
    await add('dat', 'register.addOutgoing', outgoing({ TypeName: 'Thông báo', Subject: 'Thông báo lịch tiếp công dân về đất đai' }));
    const pdf = await writePdf(app.dataDirPath, 'bb.pdf', 'Bien ban nghiem thu cong trinh nha van hoa thon Phu Loc');
    const file = await ok<{ sha256: string }>(app, 'files.import', { path: pdf });
    await add(
      'pdf',
      'register.addIncoming',
      incoming({
        TypeName: 'Biên bản',
        SoKyHieu: '2/BB-UBND',
        Subject: 'Biên bản bàn giao',
        OrganName: 'Ban quản lý dự án',
        IssuedDate: '2026-01-02',
        FileSha256: file.sha256,
      }),
    );
  });
  afterAll(() => app.close());

  const search = async (q: string, extra: Record<string, unknown> = {}) =>
    (await ok<Page>(app, 'register.search', { q, ...extra })).items.map((e) => Object.keys(ids).find((k) => ids[k] === e.id));

  it('finds "Quyết định ... UBND" from "quyet dinh ubnd" and as the clerk types', async () => {
    expect(await search('quyet dinh ubnd')).toEqual(['qd']);
    expect(await search('QUYẾT ĐỊNH UBND')).toEqual(['qd']);
    expect(await search('quyet dinh ub')).toEqual(['qd']);
    expect(await search('chuyen doi s')).toEqual(['qd']);
    expect(await search('15/QĐ-UBND')).toEqual(['qd']);
  });

  it('matches old and new tone placement and đ/d', async () => {
    expect(await search('hòa giải')).toEqual(['hoa']);
    expect(await search('hoà giai')).toEqual(['hoa']);
    expect(await search('ủy quyền')).toEqual(['uy']);
    expect(await search('uỷ quyen')).toEqual(['uy']);
    expect(await search('dat dai')).toEqual(['dat']);
    // The outgoing notice is addressed to the same district (its "Nơi nhận").
    expect(await search('Đồng Phú')).toEqual(['dat', 'uy']);
  });

  it('searches the text layer of the PDF', async () => {
    expect(await search('nghiem thu cong trinh')).toEqual(['pdf']);
    expect(await search('phu loc')).toEqual(['pdf']);
  });

  it('filters by direction, year, type, sender, urgency and date range', async () => {
    expect(await search('ubnd', { Direction: 'den', Year: 2025 })).toEqual(['uy', 'qd']);
    expect(await search('ubnd', { Direction: 'di' })).toEqual(['dat']);
    expect(await search('ubnd', { TypeCode: 'giay-uy-quyen' })).toEqual(['uy']);
    expect(await search('ve viec', { Priority: 'hoa-toc' })).toEqual(['hoa']);
    expect(await search('ubnd', { DateFrom: '2025-06-10', DateTo: '10/06/2025' })).toEqual(['uy', 'qd']);
    const bySender = await ok<Page>(app, 'register.list', { OrganName: 'so ngoai vu' });
    expect(bySender.items.map((e) => e.id)).toEqual([ids.hoa]);
    expect((await err(app, 'register.search', { q: ' - / ' })).kind).toBe('Validation');
  });

  it('pages newest first by cursor and by offset', async () => {
    const first = await ok<Page>(app, 'register.list', { limit: 2, withTotal: true });
    expect(first.total).toBe(5);
    expect(first.items.map((e) => e.id)).toEqual([ids.pdf, ids.dat]);
    const second = await ok<Page>(app, 'register.list', { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((e) => e.id)).toEqual([ids.uy, ids.hoa]);
    const third = await ok<Page>(app, 'register.list', { limit: 2, cursor: second.nextCursor });
    expect(third.items.map((e) => e.id)).toEqual([ids.qd]);
    expect(third.nextCursor).toBeNull();
    const total = async (f: Record<string, unknown>) => (await ok<Page>(app, 'register.list', { ...f, withTotal: true })).total;
    expect(await total({ Direction: 'den' })).toBe(4);
    expect(await total({ Year: 2025 })).toBe(3);
    expect(await total({ Direction: 'di', Year: 2026 })).toBe(1);
    expect(await total({ Direction: 'den', Priority: 'hoa-toc' })).toBe(1);
    const byOffset = await ok<Page>(app, 'register.list', { limit: 2, offset: 2 });
    expect(byOffset.items.map((e) => e.id)).toEqual([ids.uy, ids.hoa]);
    const s = await ok<Page>(app, 'register.search', { q: 'ubnd', limit: 1 });
    const s2 = await ok<Page>(app, 'register.search', { q: 'ubnd', limit: 1, cursor: s.nextCursor });
    expect(s2.items[0]!.id).not.toBe(s.items[0]!.id);
  });

  it('a cancelled number stays searchable with its reason', async () => {
    await ok(app, 'register.cancelOutgoing', { id: ids.dat, Reason: 'Sai địa điểm tiếp dân' });
    expect(await search('sai dia diem')).toEqual(['dat']);
    expect(fs.existsSync(path.join(app.dataDirPath, 'vanthu.db'))).toBe(true);
  });
});
