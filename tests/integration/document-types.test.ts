/**
 * Issue 13: an agency adds its own document types (name, abbreviation, system, incoming and/or
 * outgoing). They are registered like built-ins; an abbreviation a built-in of the same system
 * already has is refused by name; a disabled type is no longer accepted but old entries keep it;
 * every change is audited.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesLabel } from '../../src-main/features/books/book-print.service';
import { PARTY_AGENCY, agencyApp, err, incoming, ok, outgoing } from './register-helpers';

const auditActions = (dataDir: string): string[] => {
  const db = new Database(path.join(dataDir, 'vanthu.db'), { readonly: true });
  try {
    return (
      db.prepare("SELECT action FROM audit_log WHERE entity_type = 'custom_document_type' ORDER BY seq").all() as { action: string }[]
    ).map((r) => r.action);
  } finally {
    db.close();
  }
};

describe('document types an agency adds itself', () => {
  it('adds a State type, registers with it both ways, refuses colliding abbreviations, disables and renames it', async () => {
    const { app } = await agencyApp();
    const t = await ok(app, 'agency.addType', { name: 'Phiếu trình', abbreviation: 'PTr', system: 'state' });
    expect(t).toMatchObject({
      code: 'x-phieu-trinh',
      abbreviation: 'PTr',
      system: 'state',
      incoming: true,
      outgoing: true,
      disabled: false,
    });

    const out = await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Phiếu trình' }));
    expect(out.entry).toMatchObject({ TypeCode: 'x-phieu-trinh', TypeName: 'Phiếu trình' });
    expect(out.entry.SoKyHieu).toBe('01/PTr-UBND');
    const inc = await ok(app, 'register.addIncoming', incoming({ TypeName: 'x-phieu-trinh', SoKyHieu: '12/PTr-SNV' }));
    expect(inc.entry.TypeName).toBe('Phiếu trình');

    // Collisions with the built-in table of the same system, case-blind, named in the message.
    const qd = await err(app, 'agency.addType', { name: 'Quyết định khen thưởng', abbreviation: 'qđ', system: 'state' });
    expect(qd.kind).toBe('Conflict');
    expect(qd.message).toContain('của Quyết định (QĐ) trong bảng loại văn bản nhà nước');
    expect((await err(app, 'agency.addType', { name: 'Sao y điện tử', abbreviation: 'SY', system: 'state' })).message).toContain('Sao y');
    expect((await err(app, 'agency.addType', { name: 'Thông tri nội bộ', abbreviation: 'TT', system: 'party' })).message).toContain(
      'của Thông tri',
    );
    // Another system's abbreviation is free: KL is the Party's Kết luận, not a State type.
    expect(
      await ok(app, 'agency.addType', { name: 'Kết luận thanh tra', abbreviation: 'KL', system: 'state', outgoing: false }),
    ).toMatchObject({
      incoming: true,
      outgoing: false,
    });
    expect((await err(app, 'agency.addType', { name: 'Công văn', system: 'state' })).message).toContain('đã có trong danh mục');
    expect((await err(app, 'agency.addType', { name: 'Phiếu trình lại', abbreviation: 'ptr', system: 'state' })).message).toContain(
      'loại "Phiếu trình"',
    );
    expect((await err(app, 'agency.addType', { name: 'Không hướng', system: 'state', incoming: false, outgoing: false })).kind).toBe(
      'Validation',
    );
    expect((await err(app, 'agency.addType', { name: 'Có số', abbreviation: 'P1', system: 'state' })).message).toContain('chỉ gồm chữ cái');

    // Incoming only: refused for an outgoing number, nothing given.
    expect((await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Kết luận thanh tra' }))).message).toContain(
      'không có trong danh mục',
    );

    // The abbreviation printed in a number is not changed; the name is.
    expect((await err(app, 'agency.updateType', { code: t.code, abbreviation: 'PT' })).message).toContain('không đổi chữ viết tắt');
    const renamed = await ok(app, 'agency.updateType', { code: t.code, name: 'Phiếu trình ký' });
    expect(renamed.name).toBe('Phiếu trình ký');

    // Disabled: no longer accepted; the old entries keep the name they were registered with.
    await ok(app, 'agency.updateType', { code: t.code, disabled: true });
    expect((await err(app, 'register.addOutgoing', outgoing({ TypeName: 'Phiếu trình ký' }))).message).toContain('không có trong danh mục');
    const old = await ok(app, 'register.get', { id: out.entry.id });
    expect(old.entry).toMatchObject({ TypeCode: 'x-phieu-trinh', TypeName: 'Phiếu trình' });
    const listed = await ok(app, 'agency.listTypes', {});
    expect(listed.items.find((x: { code: string }) => x.code === t.code)).toMatchObject({ disabled: true, name: 'Phiếu trình ký' });
    await ok(app, 'agency.updateType', { code: t.code, disabled: false });
    const again = await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Phiếu trình ký' }));
    expect(again.entry.SoKyHieu).toBe('02/PTr-UBND');
    expect((await err(app, 'agency.updateType', { code: 'x-khong-co', disabled: true })).kind).toBe('NotFound');

    expect(auditActions(app.dataDirPath)).toEqual([
      'agency.typeAdded',
      'agency.typeAdded',
      'agency.typeChanged',
      'agency.typeDisabled',
      'agency.typeEnabled',
    ]);
    app.close();
  }, 60_000);

  it('a Party body numbers its own type in the Party form, in its own series per term', async () => {
    const { app } = await agencyApp();
    await ok(app, 'agency.saveProfile', PARTY_AGENCY);
    await ok(app, 'agency.addTerm', { name: 'Khóa XXV', startDate: '2020-10-16', endDate: null });
    await ok(app, 'agency.addType', { name: 'Thông tin nội bộ', abbreviation: 'TTNB', system: 'party', incoming: false });
    const first = await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Thông tin nội bộ' }));
    expect(first.entry).toMatchObject({ SoKyHieu: '01-TTNB/HU', NotationSystem: 'party' });
    expect((await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn' }))).entry.SoKyHieu).toBe('01-CV/HU');
    expect((await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'thong tin noi bo' }))).entry.SoKyHieu).toBe('02-TTNB/HU');
    app.close();
  }, 60_000);

  it('an agency type is accepted by a correction of an incoming entry and by the spreadsheet import, like a built-in', async () => {
    const { app } = await agencyApp();
    await ok(app, 'agency.addType', { name: 'Phiếu trình', abbreviation: 'PTr', system: 'state' });
    const inc = await ok(app, 'register.addIncoming', incoming({ TypeName: 'Công văn', SoKyHieu: '12/PTr-SNV' }));
    const fixed = await ok(app, 'register.correct', { id: inc.entry.id, Reason: 'Sai tên loại', changes: { TypeName: 'Phiếu trình' } });
    expect(fixed).toMatchObject({ TypeCode: 'x-phieu-trinh', TypeName: 'Phiếu trình' });

    const csv = [
      'Số đến,Ngày đến,Tác giả,Số ký hiệu,Ngày văn bản,Tên loại,Trích yếu',
      '7,05/01/2025,Sở Nội vụ,08/PTr-SNV,04/01/2025,Phiếu trình,Về việc trình phương án sắp xếp phòng làm việc',
    ].join('\r\n');
    const imported = await ok(app, 'books.import', {
      Direction: 'den',
      FileName: 'so-den-2025.csv',
      DataBase64: Buffer.from(csv, 'utf8').toString('base64'),
    });
    expect(imported).toMatchObject({ Imported: 1, RejectedCount: 0 });
    const listed = await ok(app, 'register.list', { Direction: 'den', Year: 2025 });
    expect(JSON.stringify(listed)).toContain('x-phieu-trinh');
  });

  it("a book names an agency type's series by the type, not its code", () => {
    expect(seriesLabel('x-phieu-trinh', 'Phiếu trình')).toBe('Phiếu trình');
    expect(seriesLabel('x-phieu-trinh@k2', 'Phiếu trình')).toBe('Phiếu trình');
    expect(seriesLabel('quyet-dinh', 'Quyết định khen thưởng')).toBe('Quyết định');
    expect(seriesLabel('hanh-chinh', 'Công văn')).toBe('Văn bản hành chính (một dãy số)');
  });
});
