/**
 * Realistic page-1 scans of Vietnamese administrative documents for OCR and field-extraction
 * tests: the headers below, body paragraphs from the original sample texts in tests/fixtures/text
 * (fixture-text.ts). Each page is
 * laid out as Nghị định 30/2020 Phụ lục I draws it (organ top left, motto and date top right,
 * title, trích yếu, body, Nơi nhận, signature with a red seal), rendered at 200 dpi with pdfjs,
 * then "scanned": slight skew, paper tint, noise, JPEG compression.
 */
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { OcrFields } from '../../src-shared/contracts/intake-ocr.contract';
import { openPdfForRaster } from '../../src-main/features/intake/pdf/pdf-raster';
import { fixtureParagraphs } from './fixture-text';
import { drawCentred, MM, wrapText } from './pdf-layout';

export interface FixtureDoc {
  id: string;
  parentOrgan: string | null;
  organ: string;
  so: string;
  place: string;
  date: [number, number, number];
  /** Title in capitals; null for a công văn (trích yếu goes under the số as "V/v …"). */
  title: string | null;
  subjectLines: string[];
  authority: string | null;
  body: string[];
  recipients: string[];
  position: string[];
  signer: string | null;
  /** What a perfect reading gives (see withTruth). */
  truth: OcrFields;
  /** A độ-mật stamp ("MẬT", "TỐI MẬT", "TUYỆT MẬT") at box 10a, under the số, red in a frame. */
  secrecyStamp?: string;
}

const PRINTED: Printed[] = [
  {
    id: 'qd-sngv',
    parentOrgan: 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH',
    organ: 'SỞ NGOẠI VỤ',
    so: '1048/QĐ-SNgV',
    place: 'Bình Định',
    date: [22, 11, 2016],
    title: 'QUYẾT ĐỊNH',
    subjectLines: [
      'Về việc ban hành Quy chế quản lý, sử dụng Phần mềm chuyên, nhận văn bản',
      'hành chính giữa Bộ Ngoại giao và Sở Ngoại vụ tỉnh Bình Định',
    ],
    authority: 'GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH BÌNH ĐỊNH',
    body: fixtureParagraphs('02-qd-phan-mem-quan-ly-van-ban-huyen.txt', /^Căn cứ/, 5),
    recipients: ['- Như điều 3;', '- Cục Ngoại vụ (báo cáo);', '- Lãnh đạo Sở;', '- Lưu: VT, VP.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Nguyễn Tân',
    subject: 'Ban hành Quy chế quản lý, sử dụng Phần mềm chuyên, nhận văn bản hành chính giữa Bộ Ngoại giao và Sở Ngoại vụ tỉnh Bình Định',
  },
  {
    id: 'qd-ubnd-qnam',
    parentOrgan: null,
    organ: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
    so: '2675/QĐ-UBND',
    place: 'Quảng Nam',
    date: [4, 9, 2018],
    title: 'QUYẾT ĐỊNH',
    subjectLines: [
      'Về việc ban hành Quy chế gửi, nhận văn bản điện tử của các cơ quan',
      'trong hệ thống hành chính nhà nước trên địa bàn tỉnh Quảng Nam',
    ],
    authority: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
    body: fixtureParagraphs('01-qd-quy-che-gui-nhan-van-ban-dien-tu.txt', /^Căn cứ Luật Tổ chức/, 4),
    recipients: ['- Như Điều 3;', '- Văn phòng Chính phủ;', '- Lưu: VT, KGVX.'],
    position: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signer: null,
    subject: 'Ban hành Quy chế gửi, nhận văn bản điện tử của các cơ quan trong hệ thống hành chính nhà nước trên địa bàn tỉnh Quảng Nam',
  },
  {
    id: 'qc-hu',
    parentOrgan: 'ĐẢNG BỘ TỈNH HƯNG YÊN',
    organ: 'HUYỆN ỦY KIM ĐỘNG',
    so: '19-QC/HU',
    place: 'Kim Động',
    date: [16, 9, 2024],
    title: 'QUY CHẾ',
    subjectLines: ['Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành', 'trên mạng Internet trong các cơ quan Đảng huyện Kim Động'],
    authority: null,
    body: fixtureParagraphs('09-qc-dang-uy-phan-mem.txt', /^Căn cứ Điều lệ/, 3),
    recipients: ['- Ban Thường vụ Huyện uỷ,', '- Ủy ban nhân dân huyện,', '- Lưu VPHU.'],
    position: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'],
    signer: 'Nguyễn Chi Hội',
    subject: 'Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành trên mạng Internet trong các cơ quan Đảng huyện Kim Động',
  },
  {
    id: 'qd-sdl',
    parentOrgan: 'UBND TỈNH BÌNH ĐỊNH',
    organ: 'SỞ DU LỊCH',
    so: '146/QĐ-SDL',
    place: 'Bình Định',
    date: [11, 10, 2021],
    title: 'QUYẾT ĐỊNH',
    subjectLines: ['Về việc ban hành Quy chế quản lý và sử dụng', 'Hệ thống Văn phòng điện tử liên thông của Sở Du lịch'],
    authority: 'GIÁM ĐỐC SỞ DU LỊCH',
    body: fixtureParagraphs('08-qd-to-cong-nghe-so.txt', /^Căn cứ Nghị định/, 4),
    recipients: ['- Như Điều 3;', '- BGĐ Sở;', '- Website Sở;', '- Lưu: VT, VP.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Trần Văn Thanh',
    subject: 'Ban hành Quy chế quản lý và sử dụng Hệ thống Văn phòng điện tử liên thông của Sở Du lịch',
  },
  {
    id: 'qd-sgtvt',
    parentOrgan: 'UBND TỈNH QUẢNG NGÃI',
    organ: 'SỞ GIAO THÔNG VẬN TẢI',
    so: '955/QĐ-SGTVT',
    place: 'Quảng Ngãi',
    date: [7, 9, 2017],
    title: 'QUYẾT ĐỊNH',
    subjectLines: ['Về việc ban hành Quy chế quản lý và sử dụng phần mềm', 'Văn phòng điện tử - eOffice'],
    authority: 'GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NGÃI',
    body: fixtureParagraphs('06-ttr-so-hoa-tai-lieu.txt', /^Căn cứ Luật Lưu trữ/, 3),
    recipients: ['- Như Điều 3;', '- Lãnh đạo Sở;', '- Lưu: VT, VP.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Hoàng Việt Phương',
    subject: 'Ban hành Quy chế quản lý và sử dụng phần mềm Văn phòng điện tử - eOffice',
  },
  // Documents of other kinds (công văn, tờ trình, kế hoạch), same sample body text.
  {
    id: 'cv-cnv',
    parentOrgan: 'BỘ NGOẠI GIAO',
    organ: 'CỤC NGOẠI VỤ',
    so: '490/CNV-TH',
    place: 'Hà Nội',
    date: [8, 11, 2016],
    title: null,
    subjectLines: ['V/v triển khai Phần mềm chuyên nhận văn bản', 'hành chính với các cơ quan Ngoại vụ địa phương'],
    authority: null,
    body: [
      'Kính gửi: Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương.',
      ...fixtureParagraphs('01-qd-quy-che-gui-nhan-van-ban-dien-tu.txt', /^Điều 2\. Giải thích/, 3),
    ],
    recipients: ['- Như trên;', '- Lưu: VT, TH.'],
    position: ['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG'],
    signer: 'Lê Minh Hoàng',
    subject: 'Triển khai Phần mềm chuyên nhận văn bản hành chính với các cơ quan Ngoại vụ địa phương',
  },
  {
    id: 'ttr-stttt',
    parentOrgan: 'UBND TỈNH QUẢNG NAM',
    organ: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    so: '197/TTr-STTTT',
    place: 'Quảng Nam',
    date: [10, 8, 2018],
    title: 'TỜ TRÌNH',
    subjectLines: ['Về việc ban hành Quy chế gửi, nhận văn bản điện tử', 'trên địa bàn tỉnh Quảng Nam'],
    authority: null,
    body: [
      'Kính gửi: Ủy ban nhân dân tỉnh Quảng Nam.',
      ...fixtureParagraphs('01-qd-quy-che-gui-nhan-van-ban-dien-tu.txt', /^Căn cứ Quyết định số 28\/2018/, 2),
    ],
    recipients: ['- Như trên;', '- Lưu: VT, BCVT.'],
    position: ['GIÁM ĐỐC'],
    signer: 'Phạm Thị Thu Hà',
    subject: 'Ban hành Quy chế gửi, nhận văn bản điện tử trên địa bàn tỉnh Quảng Nam',
  },
  {
    id: 'kh-ubnd',
    parentOrgan: 'ỦY BAN NHÂN DÂN',
    organ: 'TỈNH LÂM ĐỒNG',
    so: '140/KH-UBND',
    place: 'Lâm Đồng',
    date: [5, 10, 2018],
    title: 'KẾ HOẠCH',
    subjectLines: [
      'Thực hiện Quyết định số 28/2018/QĐ-TTg về gửi, nhận văn bản điện tử',
      'giữa các cơ quan trong hệ thống hành chính nhà nước',
    ],
    authority: null,
    body: fixtureParagraphs('03-kh-chuyen-doi-so.txt', /^Căn cứ Nghị quyết/, 3),
    recipients: ['- Các Sở, ban, ngành;', '- Lưu: VT, TH.'],
    position: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signer: 'Đoàn Văn Việt',
    organName: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', // the two header lines, read as one name
    subject: 'Thực hiện Quyết định số 28/2018/QĐ-TTg về gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước',
  },
];

/** A document as printed, with its trích yếu as the register writes it and, where the header's lines
 * make one name, that name. */
type Printed = Omit<FixtureDoc, 'truth'> & { subject: string; organName?: string };

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * What a perfect reading of the printed page gives: the số split at its first "/" (State) or "-"
 * (Party), the date in ISO form, the organ's line, the type named by the title (a công văn has none),
 * the signer's name.
 */
function withTruth({ subject, organName, ...doc }: Printed): FixtureDoc {
  const [, number, notation] = /^(\d+)[/-](.+)$/.exec(doc.so)!;
  const [day, month, year] = doc.date;
  const truth: OcrFields = {
    CodeNumber: number!,
    CodeNotation: notation!,
    IssuedDate: `${year}-${pad2(month)}-${pad2(day)}`,
    OrganName: organName ?? doc.organ,
    TypeName: doc.title ? doc.title[0] + doc.title.slice(1).toLowerCase() : 'Công văn',
    Subject: subject,
    SignerName: doc.signer,
  };
  return { ...doc, truth };
}

export const FIXTURE_DOCS: FixtureDoc[] = PRINTED.map(withTruth);

const FONT_DIRS = [
  path.resolve(__dirname, '..', '..', 'resources', 'fonts'),
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
];

function font(name: string): Buffer {
  for (const d of FONT_DIRS) {
    const f = path.join(d, name);
    if (fs.existsSync(f)) return fs.readFileSync(f);
  }
  throw new Error(`font ${name} missing: apt-get install fonts-liberation2`);
}

/** The document's page 1 as a vector PDF (A4), the way its office would print it. */
export async function renderDocPdf(doc: FixtureDoc): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const R = await pdf.embedFont(font('LiberationSerif-Regular.ttf'), { subset: true });
  const B = await pdf.embedFont(font('LiberationSerif-Bold.ttf'), { subset: true });
  const I = await pdf.embedFont(font('LiberationSerif-Italic.ttf'), { subset: true });
  const page: PDFPage = pdf.addPage([210 * MM, 297 * MM]);
  const H = 297 * MM;
  const centre = (t: string, f: PDFFont, size: number, cx: number, y: number) => drawCentred(page, t, f, size, cx, y);
  const leftC = 52 * MM;
  const rightC = 140 * MM;
  let y = H - 22 * MM;
  if (doc.parentOrgan) {
    centre(doc.parentOrgan, R, 12.5, leftC, y);
    y -= 16;
  }
  centre(doc.organ, B, 12.5, leftC, y);
  page.drawLine({ start: { x: leftC - 15 * MM, y: y - 4 }, end: { x: leftC + 15 * MM, y: y - 4 }, thickness: 0.6 });
  const isParty = /QC\/HU/.test(doc.so);
  centre(isParty ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', B, 12, rightC, H - 22 * MM);
  if (!isParty) {
    centre('Độc lập - Tự do - Hạnh phúc', B, 13, rightC, H - 22 * MM - 16);
    page.drawLine({
      start: { x: rightC - 28 * MM, y: H - 22 * MM - 20 },
      end: { x: rightC + 28 * MM, y: H - 22 * MM - 20 },
      thickness: 0.6,
    });
  }
  // Số and the date share one line, below both underlines (organ and motto).
  y = H - 22 * MM - 44;
  centre(isParty ? `Số ${doc.so}` : `Số: ${doc.so}`, R, 13, leftC, y);
  if (doc.secrecyStamp) {
    // Phụ lục I box 10a: bold capitals in a single red frame, under the số and ký hiệu.
    const red = rgb(0.85, 0.1, 0.1);
    const w = B.widthOfTextAtSize(doc.secrecyStamp, 14) + 8 * MM;
    const ys = y - 34;
    page.drawRectangle({ x: leftC - w / 2, y: ys - 2.5 * MM, width: w, height: 8 * MM, borderColor: red, borderWidth: 1.2 });
    page.drawText(doc.secrecyStamp, { x: leftC - B.widthOfTextAtSize(doc.secrecyStamp, 14) / 2, y: ys, size: 14, font: B, color: red });
  }
  const [d, m, yr] = doc.date;
  centre(`${doc.place}, ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : m} năm ${yr}`, I, 13, rightC, y);
  y -= doc.secrecyStamp ? 46 : 18;
  /** Centred lines from y down, `step` apart. */
  const centreLines = (lines: string[], f: PDFFont, size: number, cx: number, step: number) => {
    for (const l of lines) {
      centre(l, f, size, cx, y);
      y -= step;
    }
  };
  if (!doc.title) centreLines(doc.subjectLines, R, 12, leftC, 14);
  y -= 20;
  if (doc.title) {
    centre(doc.title, B, 14, 105 * MM, y);
    y -= 18;
    centreLines(doc.subjectLines, B, 14, 105 * MM, 17);
    y -= 14;
  }
  if (doc.authority) {
    centre(doc.authority, B, 14, 105 * MM, y);
    y -= 26;
  }
  for (const para of doc.body) {
    for (const l of wrapText(para, R, 13, 160 * MM)) {
      if (y < 95 * MM) break;
      page.drawText(l, { x: 30 * MM, y, size: 13, font: R });
      y -= 17;
    }
    y -= 4;
  }
  // Nơi nhận (left) and signature block (right) at the bottom.
  let yb = 80 * MM;
  page.drawText('Nơi nhận:', { x: 30 * MM, y: yb, size: 12, font: B });
  for (const r of doc.recipients) {
    yb -= 13;
    page.drawText(r, { x: 30 * MM, y: yb, size: 11, font: R });
  }
  let ys = 80 * MM;
  for (const p of doc.position) {
    centre(p, B, 13, 150 * MM, ys);
    ys -= 16;
  }
  // The red seal over the signature: ND30 wants it kept in colour.
  page.drawCircle({ x: 136 * MM, y: ys - 12 * MM, size: 14 * MM, borderColor: rgb(0.85, 0.1, 0.1), borderWidth: 2.2 });
  page.drawCircle({ x: 136 * MM, y: ys - 12 * MM, size: 10.5 * MM, borderColor: rgb(0.85, 0.1, 0.1), borderWidth: 0.8 });
  page.drawLine({
    start: { x: 140 * MM, y: ys - 18 * MM },
    end: { x: 162 * MM, y: ys - 8 * MM },
    thickness: 1.2,
    color: rgb(0.1, 0.1, 0.5),
  });
  if (doc.signer) centre(doc.signer, B, 14, 150 * MM, ys - 34 * MM);
  return pdf.save();
}

export interface ScanLook {
  dpi: number;
  skewDeg: number;
  noise: number;
  jpegQuality: number;
}

export const MILD: ScanLook = { dpi: 200, skewDeg: 0.4, noise: 10, jpegQuality: 80 };
export const HARD: ScanLook = { dpi: 200, skewDeg: -1.6, noise: 22, jpegQuality: 60 };

/** Deterministic pseudo-random numbers so fixtures are identical on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** Page 1 of each PDF at each dpi, rendered once: a test scanning one document in two looks renders it once. */
const rendered = new WeakMap<Uint8Array, Map<number, Promise<Buffer>>>();
function renderPage1(pdf: Uint8Array, dpi: number): Promise<Buffer> {
  let byDpi = rendered.get(pdf);
  if (!byDpi) rendered.set(pdf, (byDpi = new Map()));
  let png = byDpi.get(dpi);
  if (!png) {
    png = (async () => {
      const r = await openPdfForRaster(pdf);
      try {
        return (await r.render(0, dpi)).png;
      } finally {
        await r.close();
      }
    })();
    byDpi.set(dpi, png);
  }
  return png;
}

/** A "scan" of a PDF page: rendered at `dpi`, skewed, tinted, noisy, JPEG. */
export async function scanLike(pdf: Uint8Array, look: ScanLook, seed = 1): Promise<Buffer> {
  const png = await renderPage1(pdf, look.dpi);
  const meta = await sharp(png).metadata();
  const w = meta.width!;
  const h = meta.height!;
  // Skewed about the centre, then cut back to the page's size; the rotated picture passes as raw
  // pixels (encoding it as PNG and decoding it again cost more than the rotation).
  const rotated = await sharp(png).rotate(look.skewDeg, { background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const left = Math.floor((rotated.info.width - w) / 2);
  const top = Math.floor((rotated.info.height - h) / 2);
  const { width: rw, height: rh, channels: rc } = rotated.info;
  const { data, info } = await sharp(rotated.data, { raw: { width: rw, height: rh, channels: rc } })
    .extract({ left, top, width: w, height: h })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rand = rng(seed);
  const tint = [250, 246, 236];
  for (let i = 0; i < data.length; i += info.channels) {
    const n = (rand() + rand() + rand() - 1.5) * look.noise;
    for (let c = 0; c < 3; c++) {
      const v = ((data[i + c] as number) * (tint[c] as number)) / 255 + n;
      data[i + c] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .withMetadata({ density: look.dpi })
    .jpeg({ quality: look.jpegQuality })
    .toBuffer();
}

/**
 * A private SANE_CONFIG_DIR with only the built-in `test` backend (Debian ships it commented out,
 * and the default dll.conf loads ~70 backends, escl among them, which does avahi lookups), with
 * geometry_max raised to 300 mm so A4 fits.
 */
export function saneTestConfig(root: string): string {
  const dir = path.join(root, 'sane.d');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'dll.conf'), 'test\n');
  const conf = fs.existsSync('/etc/sane.d/test.conf') ? fs.readFileSync('/etc/sane.d/test.conf', 'utf8') : '';
  fs.writeFileSync(path.join(dir, 'test.conf'), conf.replace(/^geometry_max .*$/m, 'geometry_max 300.0') || 'geometry_max 300.0\n');
  return dir;
}
