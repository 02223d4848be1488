import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFontSource } from '../../src-main/features/books/pdf/fonts';
import type { Volume } from '../../src-shared/contracts/books.contract';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { needTools } from '../support/tools';
import { keptBytes, printedCover, pdfFlat, pdfFonts, pdfText, seededApp, storedBytes } from './books-helpers';
import { agencyApp, err, incoming, ok, outgoing, type TestApp } from './register-helpers';
import { missingFrom } from '../support/text-check';

/** Printed books are read back as a clerk would: poppler's pdftotext and pdffonts. */
const poppler = needTools('pdftotext', 'pdffonts');

describe('register books (Phụ lục IV)', () => {
  let app: TestApp;
  let clock: Awaited<ReturnType<typeof seededApp>>['clock'];
  beforeAll(async () => {
    ({ app, clock } = await seededApp({ days: 45 }));
  }, 120_000);
  afterAll(() => app.close());

  it.skipIf(poppler.skip)(poppler.title('prints the incoming book: cover lines, the ten headings and (1)…(10) on every page'), async () => {
    const r = await ok(app, 'books.print', { Direction: 'den', From: '2026-01-01', To: '2026-03-31' });
    expect(r).toMatchObject({ Entries: 90, Empty: false, Volume: null, Source: 'generated', FontName: expect.any(String) });
    const { bytes, cover } = printedCover(app, r.File, 'den-q1.pdf');
    expect(
      missingFrom(cover, [
        'ỦY BAN NHÂN DÂN HUYỆN ĐỒNG PHÚ',
        'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ',
        'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
        'Năm: 2026',
        'Từ ngày 01/01/2026 đến ngày 31/03/2026',
        'Từ số 1 đến số 90',
        'Quyển số: …',
      ]),
    ).toEqual([]);
    expect(r.Pages).toBeGreaterThan(3);
    for (let page = 2; page <= r.Pages; page++) {
      const text = pdfFlat(bytes, page, page);
      expect(text).toContain(
        'Ngày đến Số đến Tác giả Số, ký hiệu văn bản Ngày tháng văn bản Tên loại và trích yếu nội dung văn bản Đơn vị hoặc người nhận Ngày chuyển Ký nhận Ghi chú',
      );
      expect(text).toMatch(/\(1\) \(2\) \(3\) \(4\) \(5\) \(6\) \(7\) \(8\) \(9\) \(10\)/);
      expect(text).toContain(`${page} `);
    }
    // The long trích yếu is printed whole, wrapped over several lines.
    expect(pdfFlat(bytes)).toContain('trong sáu tháng đầu năm và phương hướng, nhiệm vụ trọng tâm sáu tháng cuối năm 2026');
    // Fonts are embedded subsets.
    const fonts = pdfFonts(bytes);
    expect(fonts).toMatch(/\+(LiberationSerif|TimesNewRoman)\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(fonts).not.toMatch(/\sno\s+(yes|no)\s+(yes|no)\s+\d/);
  });

  it.skipIf(poppler.skip)(poppler.title('prints the outgoing book with its own ten headings, A3 on request'), async () => {
    const r = await ok(app, 'books.print', { Direction: 'di', From: '2026-01-01', To: '2026-03-31', Paper: 'a3' });
    const bytes = keptBytes(app, r.File, 'di-q1-a3.pdf');
    const doc = await PDFDocument.load(bytes);
    const { width, height } = doc.getPage(1).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([1191, 842]);
    const text = pdfFlat(bytes, 2, 2);
    expect(text).toContain(
      'Số, ký hiệu văn bản Ngày tháng văn bản Tên loại và trích yếu nội dung văn bản Người ký Nơi nhận văn bản Đơn vị, người nhận bản lưu Số lượng bản Ngày chuyển Ký nhận Ghi chú',
    );
    expect(text).toContain('01/QĐ-UBND');
    expect(pdfText(bytes, 1, 1)).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
  });

  it('refuses a range across two years and explains why', async () => {
    const e = await err(app, 'books.print', { Direction: 'den', From: '2025-12-01', To: '2026-01-31' });
    expect(e.kind).toBe('Validation');
    expect(e.message).toContain('hai năm');
  });

  it.skipIf(poppler.skip)(poppler.title('an empty range prints the cover and an explicit "không có văn bản" row'), async () => {
    const r = await ok(app, 'books.print', { Direction: 'den', From: '2026-01-01', To: '2026-01-01' });
    expect(r).toMatchObject({ Empty: true, Entries: 0, Pages: 2 });
    const text = pdfText(storedBytes(app, r.File));
    expect(text).toContain('Không có văn bản nào được đăng ký trong khoảng này.');
    expect(text).toContain('Từ số …………');
  });

  it('locks a volume, reprints it byte for byte, and refuses overlapping or unfinished ranges', async () => {
    const early = await err(app, 'books.print', { Direction: 'den', From: '2026-04-01', To: '2026-04-30', Lock: true });
    expect(early.kind).toBe('Conflict');
    expect(early.message).toContain('đã kết thúc');

    const locked = await ok(app, 'books.print', { Direction: 'den', From: '2026-01-01', To: '2026-01-31', Lock: true });
    const v1 = locked.Volume as Volume;
    expect(v1).toMatchObject({ VolumeNo: 1, Year: 2026, Entries: expect.any(Number), LockedAt: '2026-04-06T09:00:00+07:00' });
    const first = storedBytes(app, locked.File);
    const meta = await PDFDocument.load(first, { updateMetadata: false });
    expect(meta.getCreationDate()?.toISOString()).toBe('2026-04-06T02:00:00.000Z');
    expect(meta.getTitle()).toBe('Sổ đăng ký văn bản đến năm 2026 — Quyển số 1');

    clock.set('2026-05-20T03:00:00Z');
    const again = await ok(app, 'books.print', { Direction: 'den', Year: 2026, Volume: 1 });
    expect(again.Source).toBe('regenerated');
    expect(again.File.sha256).toBe(v1.PdfSha256);
    expect(Buffer.compare(storedBytes(app, again.File), first)).toBe(0);

    const overlap = await err(app, 'books.print', { Direction: 'den', From: '2026-01-15', To: '2026-02-15', Lock: true });
    expect(overlap.kind).toBe('Conflict');
    expect(overlap.message).toContain('Quyển số 1');
    const gap = await err(app, 'books.print', { Direction: 'den', From: '2026-02-01', To: '2026-02-28', Lock: true, Volume: 3 });
    expect(gap.message).toContain('là 2');
    const other = await err(app, 'books.print', { Direction: 'den', From: '2026-01-01', To: '2026-01-15', Volume: 1 });
    expect(other.kind).toBe('Conflict');
    expect(other.message).toContain('không in lại với khoảng khác');
    // The same range as the volume is a reprint too.
    expect((await ok(app, 'books.print', { Direction: 'den', From: '2026-01-01', To: '2026-01-31', Volume: 1 })).File.sha256).toBe(
      v1.PdfSha256,
    );
  });

  it.skipIf(poppler.skip)(poppler.title('a correction after the lock is recorded and printed in the next volume'), async () => {
    const page = await ok<{ items: RegisterEntry[] }>(app, 'register.list', {
      Direction: 'den',
      DateFrom: '2026-01-05',
      DateTo: '2026-01-05',
    });
    const target = page.items[0]!;
    await ok(app, 'register.correct', {
      id: target.id,
      changes: { Subject: 'Quyết định về việc giao chỉ tiêu (đã đính chính)' },
      Reason: 'Sai trích yếu',
    });

    const vols = await ok(app, 'books.volumes', { Direction: 'den', Year: 2026 });
    expect(vols.pending).toHaveLength(1);
    expect(vols.pending[0]).toMatchObject({ Kind: 'correction', VolumeNo: 1, Number: target.ArrivalNumber });
    expect(vols.next).toMatchObject({ den: 2, Year: 2026 });

    const v2 = await ok(app, 'books.print', { Direction: 'den', From: '2026-02-01', To: '2026-02-28', Lock: true });
    expect(v2.Volume.VolumeNo).toBe(2);
    expect(v2.AmendmentRows).toBe(1);
    const text = pdfFlat(keptBytes(app, v2.File, 'den-q1-volume2.pdf'));
    expect(text).toContain('Đính chính, bổ sung các quyển đã khóa');
    expect(text).toContain('Đính chính dòng đã in ở Quyển số 1 năm 2026: sửa cột (6). Lý do: Sai trích yếu.');
    expect(text).toContain('(đã đính chính)');
    expect((await ok(app, 'books.volumes', { Direction: 'den' })).pending).toHaveLength(0);

    // Volume 1 itself never changes.
    const v1 = await ok(app, 'books.print', { Direction: 'den', Year: 2026, Volume: 1 });
    expect(pdfText(storedBytes(app, v1.File))).not.toContain('(đã đính chính)');
  });

  it.skipIf(poppler.skip)(poppler.title('reports: statistics by type, urgency, sender, medium and month, and the PDF'), async () => {
    const rep = await ok(app, 'books.report', { Year: 2026, Quarter: 1 });
    expect(rep).toMatchObject({ From: '2026-01-01', To: '2026-03-31', Label: 'Quý I năm 2026' });
    expect(rep.Incoming.Total).toBe(90);
    expect(rep.Outgoing.Total).toBe(45);
    expect(rep.Incoming.Paper + rep.Incoming.Electronic).toBe(90);
    expect(rep.Incoming.ByType.map((t: { label: string }) => t.label)).toEqual(expect.arrayContaining(['Quyết định', 'Công văn']));
    expect(rep.Incoming.ByOrgan[0]).toMatchObject({ count: 45 });
    expect(rep.Outgoing.ByOrgan[0]).toMatchObject({ label: 'Ủy ban nhân dân huyện Đồng Phú', count: 45 });
    expect(rep.ByMonth).toHaveLength(3);
    expect(rep.Incoming.ByUrgency.find((u: { key: string }) => u.key === 'khan').count).toBeGreaterThan(0);

    const pdf = await ok(app, 'books.reportPdf', { Year: 2026, Month: 2 });
    const text = pdfText(keptBytes(app, pdf.File, 'report-feb.pdf'));
    expect(
      missingFrom(text, [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'BÁO CÁO',
        'Tháng 2 năm 2026',
        'THEO LOẠI VĂN BẢN',
        'Tân Phú, ngày 20 tháng 5 năm 2026',
      ]),
    ).toEqual([]);
  });
});

describe('fonts', () => {
  it('a missing font is a clear error, not a crash', async () => {
    const fonts = createFontSource({ resourcesDir: '/nonexistent', systemCandidates: [] });
    await expect(fonts.preferred()).rejects.toThrow(/Không tìm thấy phông chữ để in sổ/);
  });
});

describe('after a lock', () => {
  it.skipIf(poppler.skip)(
    poppler.title(
      'a late entry into a locked range and a cancelled number go into the next volume; a row taller than a page is split, never cut',
    ),
    async () => {
      const { app, clock } = await agencyApp('2026-01-05T02:00:00Z');
      for (let i = 0; i < 3; i++)
        await ok(app, 'register.addIncoming', incoming({ SoKyHieu: `${i + 1}/TB-UBND`, IssuedDate: '2026-01-02' }));
      const di = await ok<{ entry: RegisterEntry }>(app, 'register.addOutgoing', outgoing());
      clock.set('2026-02-02T02:00:00Z');
      await ok(app, 'books.print', { Direction: 'den', From: '2026-01-01', To: '2026-01-31', Lock: true });
      await ok(app, 'books.print', { Direction: 'di', From: '2026-01-01', To: '2026-01-31', Lock: true });

      // Registered in February with a January arrival date: it belongs to the locked January range.
      const late = await ok<{ entry: RegisterEntry }>(
        app,
        'register.addIncoming',
        incoming({ SoKyHieu: '9/TB-UBND', IssuedDate: '2026-01-20', ArrivalDate: '2026-01-30' }),
      );
      await ok(app, 'register.cancelOutgoing', { id: di.entry.id, Reason: 'Cấp nhầm số cho văn bản chưa ký' });
      const words = Array.from({ length: 140 }, (_, i) => `Đơn-vị-${i}`).join(' ');
      await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '10/TB-UBND', IssuedDate: '2026-02-01', ToPlaces: words.slice(0, 1000) }));
      clock.set('2026-03-02T02:00:00Z');

      const pending = await ok(app, 'books.volumes', {});
      expect(pending.pending.map((p: { Kind: string }) => p.Kind).sort()).toEqual(['cancellation', 'late-entry']);

      const v2 = await ok(app, 'books.print', { Direction: 'den', From: '2026-02-01', To: '2026-02-28', Lock: true });
      expect(v2).toMatchObject({ Entries: 1, AmendmentRows: 1, Volume: { VolumeNo: 2 } });
      const text = pdfFlat(keptBytes(app, v2.File, 'late-and-split.pdf'));
      expect(text).toContain('Vào sổ sau khi đã khóa Quyển số 1 năm 2026');
      expect(text).toContain('9/TB-UBND');
      // The long cell is printed whole, over more than one page.
      expect(v2.Pages).toBeGreaterThanOrEqual(3);
      let at = 0;
      for (const w of words.slice(0, 1000).split(' ')) {
        const found = text.indexOf(w, at);
        expect(found, w).toBeGreaterThan(at - 1);
        at = found + w.length;
      }
      // The late entry now belongs to volume 2: it is not reported again.
      expect((await ok(app, 'books.volumes', { Direction: 'den' })).pending).toHaveLength(0);
      expect(late.entry.ArrivalNumber).toBe(4);

      const d2 = await ok(app, 'books.print', { Direction: 'di', From: '2026-02-01', To: '2026-02-28', Lock: true });
      expect(d2).toMatchObject({ Empty: true, AmendmentRows: 1 });
      expect(pdfFlat(storedBytes(app, d2.File))).toContain(
        'Hủy số sau khi đã in ở Quyển số 1 năm 2026. Lý do: Cấp nhầm số cho văn bản chưa ký.',
      );
      app.close();
    },
  );
});

describe('number ranges and number series', () => {
  it.skipIf(poppler.skip)(
    poppler.title('prints a number range, and one section per series when each type has its own numbers'),
    async () => {
      const { app, clock } = await agencyApp('2026-02-02T02:00:00Z');
      await ok(app, 'register.saveSettings', { OutgoingSeries: 'per-type' });
      for (let i = 0; i < 4; i++) {
        await ok(app, 'register.addOutgoing', outgoing());
        await ok(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP', Subject: 'V/v báo cáo' }));
        clock.advance(86_400_000);
      }
      const all = await ok(app, 'books.print', { Direction: 'di', From: '2026-02-01', To: '2026-02-28' });
      const text = pdfFlat(storedBytes(app, all.File));
      expect(text).toContain('Dãy số: Công văn');
      expect(text).toContain('Dãy số: Quyết định');
      expect(pdfText(storedBytes(app, all.File), 1, 1)).toContain('Từ số ………… đến số …………');

      const qd = await ok(app, 'books.print', { Direction: 'di', Year: 2026, Series: 'quyet-dinh', NumberFrom: 2, NumberTo: 3 });
      expect(qd.Entries).toBe(2);
      const cover = pdfText(storedBytes(app, qd.File), 1, 1);
      expect(cover).toContain('Từ số 02 đến số 03');
      expect(cover).toContain('Từ ngày 03/02/2026 đến ngày 04/02/2026');
      expect(pdfFlat(storedBytes(app, qd.File))).not.toContain('Dãy số:');
      const wrong = await err(app, 'books.print', { Direction: 'den', Year: 2026, Series: 'quyet-dinh' });
      expect(wrong.kind).toBe('Validation');
      app.close();
    },
  );
});
