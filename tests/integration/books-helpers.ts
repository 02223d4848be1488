/** Helpers of the books-*.test.ts files: a register filled day by day, PDFs read as a clerk would. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { fixedClock } from '../../src-main/core/clock';
import type { StoredOutput } from '../../src-shared/contracts/books.contract';
import { agencyApp, incoming, ok, outgoing, type TestApp } from './register-helpers';

/** The bytes of a stored output, as the renderer or the CLI would fetch them. */
export function storedBytes(app: TestApp, file: StoredOutput): Buffer {
  const located = app.locateFile(file.sha256);
  if (!located) throw new Error(`not in store: ${file.sha256}`);
  return fs.readFileSync(located.path);
}

/** The bytes of a stored output, also written to $BOOKS_TEST_OUT/`name` when that is set (to look at the PDFs). */
export function keptBytes(app: TestApp, file: StoredOutput, name: string): Buffer {
  const bytes = storedBytes(app, file);
  if (process.env.BOOKS_TEST_OUT) fs.writeFileSync(path.join(process.env.BOOKS_TEST_OUT, name), bytes);
  return bytes;
}

/** A printed book kept as `name` (see keptBytes), and its cover page's text. */
export function printedCover(app: TestApp, file: StoredOutput, name: string): { bytes: Buffer; cover: string } {
  const bytes = keptBytes(app, file, name);
  return { bytes, cover: pdfText(bytes, 1, 1) };
}

/** pdftotext of some pages (callers gate on needTools('pdftotext')): -layout (as a clerk sees it) or -raw (content order, one cell after another). */
export function pdfText(bytes: Uint8Array, first = 1, last?: number, mode: '-layout' | '-raw' = '-layout'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-pdf-'));
  const file = path.join(dir, 'b.pdf');
  fs.writeFileSync(file, bytes);
  const args = [mode, '-f', String(first), ...(last ? ['-l', String(last)] : []), file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

/** Fonts embedded in a PDF, as pdffonts lists them (name, type, embedded, subset). */
/** Text in drawing order with whitespace collapsed: wrapped cells read as whole sentences. */
export function pdfFlat(bytes: Uint8Array, first = 1, last?: number): string {
  return pdfText(bytes, first, last, '-raw').replace(/\s+/g, ' ');
}

export function pdfFonts(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-pdf-'));
  const file = path.join(dir, 'b.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}

const LONG_SUBJECT =
  'Về việc tổ chức kiểm tra, rà soát và báo cáo kết quả thực hiện công tác cải cách hành chính, chuyển đổi số, ' +
  'ứng dụng công nghệ thông tin trong quản lý văn bản và hồ sơ công việc của các cơ quan, đơn vị trên địa bàn ' +
  'huyện trong sáu tháng đầu năm và phương hướng, nhiệm vụ trọng tâm sáu tháng cuối năm 2026';

/**
 * A register with incoming documents on working days of January–March 2026 (two a day) and one
 * outgoing document a day; the clock ends on 2026-04-06 (Q1 is over).
 */
export async function seededApp(opts: { days?: number } = {}): Promise<{ app: TestApp; clock: ReturnType<typeof fixedClock> }> {
  const { app, clock } = await agencyApp('2026-01-02T02:00:00Z');
  const days = opts.days ?? 40;
  let day = new Date('2026-01-02T02:00:00Z');
  for (let i = 0; i < days; i++) {
    clock.set(day);
    const iso = day.toISOString().slice(0, 10);
    await ok(
      app,
      'register.addIncoming',
      incoming({
        SoKyHieu: `${100 + i}/QĐ-UBND`,
        IssuedDate: iso,
        Subject: i % 5 === 0 ? LONG_SUBJECT : `Quyết định số ${i} về việc giao chỉ tiêu`,
        Priority: i % 7 === 0 ? 'Khẩn' : undefined,
      }),
    );
    await ok(
      app,
      'register.addIncoming',
      incoming({
        TypeName: 'Công văn',
        SoKyHieu: `${200 + i}/UBND-VP`,
        IssuedDate: iso,
        OrganName: 'Sở Tài chính tỉnh Bình Phước',
        Subject: 'V/v hướng dẫn quyết toán ngân sách',
        Medium: i % 3 === 0 ? 'dien-tu' : 'giay',
        ToPlaces: 'Phòng Tài chính - Kế hoạch',
      }),
    );
    await ok(
      app,
      'register.addOutgoing',
      outgoing({
        TypeName: i % 2 ? 'Công văn' : 'Quyết định',
        UnitAbbreviation: i % 2 ? 'VP' : undefined,
        IssuedAmount: 3,
        ArchiveKeeper: 'Văn phòng',
        Subject: i % 2 ? 'V/v báo cáo tình hình tiếp nhận hồ sơ' : 'Quyết định thành lập Tổ công tác chuyển đổi số của xã',
      }),
    );
    day = new Date(day.getTime() + (day.getUTCDay() === 5 ? 3 : 1) * 86_400_000);
    if (day.toISOString() >= '2026-03-31') day = new Date('2026-03-31T02:00:00Z');
  }
  clock.set('2026-04-06T02:00:00Z');
  return { app, clock };
}
