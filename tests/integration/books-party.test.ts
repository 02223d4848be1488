/**
 * Issue 13: a Party body's sổ đi keeps the ND30 Phụ lục IV columns under the Party heading, names
 * the term on its cover, and its reports carry the Party heading instead of the Quốc hiệu.
 */
import { describe, expect, it } from 'vitest';
import { keptBytes, printedCover, pdfFlat, pdfText } from './books-helpers';
import { PARTY_AGENCY, agencyApp, ok, outgoing } from './register-helpers';
import { missingFrom } from '../support/text-check';

describe('books of a Party body', () => {
  it('prints the sổ đi with the Party heading, the term and the Party numbers; the report too', async () => {
    const { app } = await agencyApp('2026-03-05T02:00:00Z');
    await ok(app, 'agency.saveProfile', PARTY_AGENCY);
    await ok(app, 'agency.addTerm', { name: 'Khóa XXV, nhiệm kỳ 2020–2025', startDate: '2020-10-16', endDate: null });
    await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn', Subject: 'V/v triển khai phần mềm quản lý văn bản' }));
    await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Nghị quyết', Subject: 'Nghị quyết về công tác chuyển đổi số' }));

    const r = await ok(app, 'books.print', { Direction: 'di', From: '2026-03-01', To: '2026-03-31' });
    const { bytes, cover } = printedCover(app, r.File, 'party-di.pdf');
    expect(
      missingFrom(cover, [
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'ĐẢNG BỘ TỈNH HƯNG YÊN',
        'HUYỆN ỦY KIM ĐỘNG',
        '*',
        'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
        'Nhiệm kỳ: Khóa XXV, nhiệm kỳ 2020–2025',
        '693-QĐ/VPTW',
      ]),
    ).toEqual([]);
    expect(cover).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const table = pdfFlat(bytes, 2);
    expect(table).toContain('01-CV/HU');
    expect(table).toContain('01-NQ/HU');
    expect(table).toContain('Số, ký hiệu');

    const report = await ok(app, 'books.reportPdf', { Year: 2026, Month: 3 });
    const rb = keptBytes(app, report.File, 'party-report.pdf');
    const head = pdfText(rb, 1, 1);
    expect(head).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(head).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    app.close();
  });
});
