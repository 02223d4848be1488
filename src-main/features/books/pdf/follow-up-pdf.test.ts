import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needTools } from '../../../../tests/support/tools';
import { BOOK_LAYOUT_VERSION, FOLLOW_UP_TITLE, type BookModel } from './book-model';
import { renderBook } from './book-pdf';
import { createFontSource } from './fonts';
import { renderPhieu, type PhieuModel } from './phieu-pdf';
import { flat, missingFromFlat } from '../../../../tests/support/text-check';

const fonts = createFontSource({ resourcesDir: path.resolve(__dirname, '..', '..', '..', '..', 'resources'), systemCandidates: [] });
const poppler = needTools('pdftotext');

function text(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-')), 'f.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
}

describe.skipIf(poppler.skip)(poppler.title('follow-up book and phiếu PDFs'), () => {
  it('prints the follow-up book: its title, no number range, the 7 headings and "(1)…(7)" on every table page', async () => {
    const family = await fonts.preferred();
    const cells = (n: number) => [
      String(n),
      'Công văn số 123/UBND-VP ngày 01/12/2026 của Ủy ban nhân dân tỉnh Bắc Ninh\nV/v đề nghị báo cáo tình hình thực hiện công tác văn thư năm 2026',
      'Chủ trì: Phòng Tổng hợp\nPhối hợp: Phòng Tài chính',
      '09/12/2026',
      '03/12/2026: Đã giao chuyên viên dự thảo\nĐang giải quyết',
      '',
      'Khẩn',
    ];
    const rows = Array.from({ length: 60 }, (_, i) => ({ kind: 'entry' as const, cells: cells(i + 1) }));
    const model: BookModel = {
      layoutVersion: BOOK_LAYOUT_VERSION,
      direction: 'den',
      kind: 'theo-doi',
      paper: 'a4',
      cover: {
        parentName: 'Bộ Nội vụ',
        agencyName: 'Cục Văn thư và Lưu trữ nhà nước',
        title: FOLLOW_UP_TITLE,
        year: 2026,
        dateFrom: '2026-10-01',
        dateTo: '2026-12-31',
        numberFrom: null,
        numberTo: null,
        volumeNo: 1,
      },
      rows,
      title: 'Sổ theo dõi',
      subject: 's',
      date: '2027-01-02T08:00:00+07:00',
      runningTitle: 'Sổ theo dõi giải quyết văn bản đến năm 2026',
    };
    const r = await renderBook(model, family);
    const t = text(r.bytes);
    const pages = t.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(r.pages);
    expect(r.pages).toBeGreaterThan(3);
    expect(flat(pages[0]!)).toContain(flat('SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN'));
    expect(flat(pages[0]!)).toContain(flat('Từ ngày 01/10/2026 đến ngày 31/12/2026'));
    expect(pages[0]).not.toContain('Từ số');
    for (const page of pages.slice(1)) {
      expect(flat(page)).toContain(flat('Thời hạn giải quyết'));
      expect(flat(page)).toContain('(7)');
      expect(flat(page)).not.toContain('(8)');
    }
    expect(flat(t)).toContain(flat('Chủ trì: Phòng Tổng hợp'));
  });

  const phieu: PhieuModel = {
    agency: { system: 'state', parentName: 'Bộ Nội vụ', name: 'Cục Văn thư và Lưu trữ nhà nước', placeName: 'Hà Nội' },
    date: '2026-12-02',
    document: 'Công văn số 123/UBND-VP ngày 01/12/2026 của Ủy ban nhân dân tỉnh Bắc Ninh về việc đề nghị báo cáo',
    arrival: 'Số đến: 15 — Ngày đến: 02/12/2026',
    leader: {
      leaderName: 'Trần Văn Bình',
      text: 'Giao Phòng Tổng hợp chủ trì, báo cáo trước ngày 09/12.',
      chuTri: [{ name: 'Phòng Tổng hợp' }],
      phoiHop: [{ name: 'Phòng Tài chính', deadline: '2026-12-07' }],
      deBiet: [],
      deadline: '2026-12-09',
      date: '2026-12-02',
    },
    unitLeader: null,
    proposal: null,
    printedAt: '2026-12-02T09:00:00+07:00',
  };

  it('prints the phiếu giải quyết with the heading, the document, the direction and blanks for what is not known', async () => {
    const family = await fonts.preferred();
    const r = await renderPhieu(phieu, family);
    expect(r.pages).toBe(1);
    const t = flat(text(r.bytes));
    expect(
      missingFromFlat(t, [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Hà Nội, ngày 02 tháng 12 năm 2026',
        'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN',
        'Công văn số 123/UBND-VP',
        '1. Ý kiến của lãnh đạo cơ quan, tổ chức',
        '- Giao đơn vị, cá nhân chủ trì: Phòng Tổng hợp',
        'Phòng Tài chính (hạn 07/12/2026)',
        'Thời hạn giải quyết: 09/12/2026',
        '2. Ý kiến của lãnh đạo đơn vị',
        '- Giao cho cá nhân: ……',
        '3. Ý kiến đề xuất của người giải quyết',
      ]),
    ).toEqual([]);
  });

  it("prints a Party body's phiếu without Quốc hiệu, and a blank one with dotted date", async () => {
    const family = await fonts.preferred();
    const r = await renderPhieu(
      {
        ...phieu,
        agency: { ...phieu.agency, system: 'party', parentName: 'Tỉnh ủy Bắc Ninh', name: 'Văn phòng Tỉnh ủy' },
        date: null,
        leader: null,
      },
      family,
    );
    const t = flat(text(r.bytes));
    expect(t).toContain(flat('ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(t).not.toContain(flat('CỘNG HÒA XÃ HỘI'));
    expect(t).toContain(flat('Hà Nội, ngày …… tháng …… năm ……'));
    expect(t).toContain(flat('- Giao đơn vị, cá nhân chủ trì: ……'));
  });
});
