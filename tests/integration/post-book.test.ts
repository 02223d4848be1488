import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src-main/core/clock';
import type { StoredOutput } from '../../src-shared/contracts/books.contract';
import type { PostRecipient } from '../../src-shared/contracts/post.contract';
import { testApp } from '../support/app-harness';
import { AGENCY_A, AGENCY_B, connectToHub } from '../support/exchange-harness';
import { useHubSimulator } from '../support/hub-apps';
import { needTools } from '../support/tools';
import { err, ok, writePdf } from './register-helpers';
import { flat, missingFromFlat } from '../support/text-check';

/**
 * The post book (Phụ lục IV.III) and envelopes (IV.II): a letter to four Nơi nhận — one served
 * through the hub simulator, two on paper, and the agency's own "Lưu" copy. Real SQLite, real HTTP
 * hub, PDFs read back with pdftotext.
 */
const poppler = needTools('pdftotext');
const hub = useHubSimulator('vanthu-post-');

const DONG_PHU = 'Ủy ban nhân dân huyện Đồng Phú';
const TAN_LAP = 'Ủy ban nhân dân xã Tân Lập';

describe.skipIf(poppler.skip)(poppler.title('sổ gửi văn bản đi bưu điện and envelopes'), () => {
  it('lists paper recipients only, records the sending, prints the book and the envelopes, locks a volume', async () => {
    const now = new Date();
    const clock = fixedClock(now.toISOString());
    const app = testApp({ clock });
    const text = (file: StoredOutput) => execFileSync('pdftotext', ['-raw', app.locateFile(file.sha256)!.path, '-'], { encoding: 'utf8' });
    try {
      await connectToHub(app, hub.sim, AGENCY_A);
      await ok(app, 'exchange.refreshAgencies', {});
      const file = await ok<{ sha256: string }>(app, 'files.import', { path: await writePdf(hub.dir, 'cv.pdf', 'Cong van moi hop') });
      const { entry } = await ok<{ entry: { id: string; SoKyHieu: string; IssuedDate: string } }>(app, 'register.addOutgoing', {
        TypeName: 'Công văn',
        UnitAbbreviation: 'VP',
        Subject: 'V/v tổ chức hội nghị tổng kết công tác văn thư',
        Priority: 'hoa-toc',
        SignerInfo: { Position: 'Giám đốc', FullName: 'Trần Văn Mẫu' },
        FileSha256: file.sha256,
        To: [
          { OrganId: AGENCY_B.organId, OrganName: AGENCY_B.name },
          { OrganName: DONG_PHU },
          { OrganName: TAN_LAP },
          { OrganName: 'Lưu: VT, VP' },
        ],
      });
      await ok(app, 'exchange.sendEntry', { entryId: entry.id, to: [AGENCY_B.organId] });

      const all = await ok<PostRecipient[]>(app, 'post.list', { EntryId: entry.id });
      expect(all.map((r) => [r.Recipient, r.Channel])).toEqual([
        [AGENCY_B.name, 'hub'],
        [DONG_PHU, 'paper'],
        [TAN_LAP, 'paper'],
      ]);

      // Bad input: a hub-served recipient, a name not in the Nơi nhận, a date in the future — nothing written.
      expect(await err(app, 'post.record', { EntryId: entry.id, Recipient: AGENCY_B.name })).toMatchObject({ kind: 'Conflict' });
      const unknown = await err(app, 'post.record', { EntryId: entry.id, Recipient: 'Sở Tài chính' });
      expect(unknown.message).toContain('không có trong Nơi nhận');
      const future = await err(app, 'post.record', { EntryId: entry.id, Recipient: DONG_PHU, SentDate: '2100-01-01' });
      expect(future.message).toContain('ở tương lai');
      expect((await ok<PostRecipient[]>(app, 'post.list', { EntryId: entry.id })).every((r) => r.Sent === null)).toBe(true);

      // Folded match (no diacritics), recorded with receipt, cost and address.
      const rec = await ok<PostRecipient>(app, 'post.record', {
        EntryId: entry.id,
        Recipient: 'uy ban nhan dan huyen dong phu',
        ReceiptNo: 'RR123456789VN',
        Cost: 27000,
        Envelopes: 2,
        Address: 'Số 1 đường Lê Duẩn, thị trấn Tân Phú, huyện Đồng Phú, tỉnh Bình Phước',
      });
      expect(rec).toMatchObject({ Recipient: DONG_PHU, Sent: { SentDate: entry.IssuedDate, ReceiptNo: 'RR123456789VN', Cost: 27000 } });
      const pending = await ok<PostRecipient[]>(app, 'post.list', { EntryId: entry.id, Pending: true });
      expect(pending.map((r) => r.Recipient)).toEqual([TAN_LAP]);

      const month = entry.IssuedDate.slice(0, 7);
      const from = `${month}-01`;
      const to = `${month}-${String(new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate()).padStart(2, '0')}`;
      const printed = await ok<{ File: StoredOutput; Entries: number; Volume: unknown }>(app, 'post.printBook', { From: from, To: to });
      expect(printed).toMatchObject({ Entries: 2, Volume: null });
      const t = flat(text(printed.File));
      expect(
        missingFromFlat(t, [
          'SỔ GỬI VĂN BẢN ĐI',
          'BƯU ĐIỆN',
          'Ngày chuyển',
          'Số, ký hiệu văn bản',
          'Nơi nhận văn bản',
          'Số lượng bì',
          'Ký nhận và dấu bưu điện',
          'Ghi chú',
          DONG_PHU,
          TAN_LAP,
          'Biên lai số RR123456789VN',
          'Cước 27.000 đ',
          entry.SoKyHieu,
        ]),
      ).toEqual([]);
      expect(t).not.toContain(flat(AGENCY_B.name));
      expect(t).not.toContain('Lưu:VT');

      const env = await ok<{ File: StoredOutput; Envelopes: number }>(app, 'post.envelopes', { EntryId: entry.id });
      expect(env.Envelopes).toBe(2);
      const e = flat(text(env.File));
      expect(
        missingFromFlat(e, [
          AGENCY_A.name.toUpperCase(),
          'Địa chỉ: 01 Đường Chính',
          `Số/ký hiệu văn bản: ${entry.SoKyHieu}`,
          `Kính gửi: ${DONG_PHU}`,
          'thị trấn Tân Phú',
          'HOẢ TỐC',
        ]),
      ).toEqual([]);
      expect(e).not.toContain(flat(AGENCY_B.name));
      const day = await ok<{ Envelopes: number }>(app, 'post.envelopes', { Date: entry.IssuedDate });
      expect(day.Envelopes).toBe(2);
      expect((await err(app, 'post.envelopes', { EntryId: entry.id, Recipients: [AGENCY_B.name] })).kind).toBe('Validation');

      // Lock the month once it has ended; then a sending dated in it can no longer be recorded.
      expect((await err(app, 'post.printBook', { From: from, To: to, Lock: true })).kind).toBe('Conflict');
      clock.set(new Date(Date.parse(`${to}T12:00:00Z`) + 2 * 86_400_000).toISOString());
      const locked = await ok<{ File: StoredOutput; Volume: { VolumeNo: number; Entries: number } }>(app, 'post.printBook', {
        From: from,
        To: to,
        Lock: true,
      });
      expect(locked.Volume).toMatchObject({ VolumeNo: 1, Entries: 2 });
      const again = await ok<{ Source: string; File: StoredOutput }>(app, 'post.printBook', { Year: +month.slice(0, 4), Volume: 1 });
      expect(again.Source).not.toBe('generated');
      expect(again.File.sha256).toBe(locked.File.sha256);
      const late = await err(app, 'post.record', { EntryId: entry.id, Recipient: TAN_LAP, SentDate: entry.IssuedDate });
      expect(late.message).toContain('đã khóa');
      expect(await ok<unknown[]>(app, 'post.volumes', {})).toHaveLength(1);
    } finally {
      app.close();
    }
  });
});
