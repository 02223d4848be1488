/**
 * The print model of a register book: everything the PDF shows and nothing else. A locked volume
 * keeps this model as its snapshot, so the book can be rendered again byte for byte.
 * Headings are the words of Nghị định 30/2020 Phụ lục IV, in the decree's order.
 */
import type { Direction } from '../../../../src-shared/contracts/register.contract';

/** Bump when the rendering of the same model changes (a reprint then uses the stored PDF). */
export const BOOK_LAYOUT_VERSION = 1;

export type Align = 'left' | 'center';

export interface BookColumn {
  /** Heading exactly as in Phụ lục IV. */
  heading: string;
  /** Relative width; scaled to the printable width of the paper. */
  weight: number;
  align: Align;
}

/** Phụ lục IV.VI.2 "Nội dung đăng ký văn bản đến — Tối thiểu gồm 10 nội dung". */
export const INCOMING_COLUMNS: readonly BookColumn[] = Object.freeze([
  { heading: 'Ngày đến', weight: 20, align: 'center' },
  { heading: 'Số đến', weight: 12, align: 'center' },
  { heading: 'Tác giả', weight: 32, align: 'left' },
  { heading: 'Số, ký hiệu văn bản', weight: 27, align: 'center' },
  { heading: 'Ngày tháng văn bản', weight: 20, align: 'center' },
  { heading: 'Tên loại và trích yếu nội dung văn bản', weight: 58, align: 'left' },
  { heading: 'Đơn vị hoặc người nhận', weight: 26, align: 'left' },
  { heading: 'Ngày chuyển', weight: 18, align: 'center' },
  { heading: 'Ký nhận', weight: 22, align: 'center' },
  { heading: 'Ghi chú', weight: 21, align: 'left' },
] as BookColumn[]);

/** Phụ lục IV.I.2 "Nội dung đăng ký văn bản đi — Tối thiểu gồm 10 nội dung". */
export const OUTGOING_COLUMNS: readonly BookColumn[] = Object.freeze([
  { heading: 'Số, ký hiệu văn bản', weight: 27, align: 'center' },
  { heading: 'Ngày tháng văn bản', weight: 20, align: 'center' },
  { heading: 'Tên loại và trích yếu nội dung văn bản', weight: 58, align: 'left' },
  { heading: 'Người ký', weight: 26, align: 'left' },
  { heading: 'Nơi nhận văn bản', weight: 32, align: 'left' },
  { heading: 'Đơn vị, người nhận bản lưu', weight: 21, align: 'left' },
  { heading: 'Số lượng bản', weight: 12, align: 'center' },
  { heading: 'Ngày chuyển', weight: 18, align: 'center' },
  { heading: 'Ký nhận', weight: 22, align: 'center' },
  { heading: 'Ghi chú', weight: 21, align: 'left' },
] as BookColumn[]);

/** Phụ lục IV.VIII.2 "Nội dung đăng ký theo dõi giải quyết văn bản đến — Tối thiểu gồm 07 nội dung". */
export const FOLLOW_UP_COLUMNS: readonly BookColumn[] = Object.freeze([
  { heading: 'Số đến', weight: 12, align: 'center' },
  { heading: 'Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản', weight: 62, align: 'left' },
  { heading: 'Đơn vị hoặc người nhận', weight: 34, align: 'left' },
  { heading: 'Thời hạn giải quyết', weight: 22, align: 'center' },
  { heading: 'Tiến độ giải quyết', weight: 40, align: 'left' },
  { heading: 'Số, ký hiệu văn bản trả lời', weight: 26, align: 'center' },
  { heading: 'Ghi chú', weight: 24, align: 'left' },
] as BookColumn[]);

/** Phụ lục IV.III.2 "Nội dung đăng ký gửi văn bản đi bưu điện — Tối thiểu gồm 06 nội dung". */
export const POST_COLUMNS: readonly BookColumn[] = Object.freeze([
  { heading: 'Ngày chuyển', weight: 18, align: 'center' },
  { heading: 'Số, ký hiệu văn bản', weight: 30, align: 'center' },
  { heading: 'Nơi nhận văn bản', weight: 80, align: 'left' },
  { heading: 'Số lượng bì', weight: 12, align: 'center' },
  { heading: 'Ký nhận và dấu bưu điện', weight: 40, align: 'center' },
  { heading: 'Ghi chú', weight: 40, align: 'left' },
] as BookColumn[]);

/** Which book of Phụ lục IV a model prints: the register of its direction, the follow-up book or the post book. */
export type BookKind = 'register' | 'theo-doi' | 'buu-dien';

export function columnsOf(direction: Direction, kind: BookKind = 'register'): readonly BookColumn[] {
  if (kind === 'theo-doi') return FOLLOW_UP_COLUMNS;
  if (kind === 'buu-dien') return POST_COLUMNS;
  return direction === 'den' ? INCOMING_COLUMNS : OUTGOING_COLUMNS;
}

/** Title of the follow-up book (Phụ lục IV.VIII.1), on two lines as in the form. */
export const FOLLOW_UP_TITLE = 'SỔ THEO DÕI GIẢI QUYẾT\nVĂN BẢN ĐẾN';

/** Title of the post book (Phụ lục IV.III.1). */
export const POST_TITLE = 'SỔ GỬI VĂN BẢN ĐI\nBƯU ĐIỆN';

/** Book titles of Phụ lục IV (I.1 and VI.1). */
export const BOOK_TITLES: Readonly<Record<Direction, string>> = Object.freeze({
  den: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
  di: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
});

/** The "bìa và trang đầu" lines (Phụ lục IV.I.1 / VI.1); null values print as the form's dots. */
export interface BookCover {
  parentName: string;
  agencyName: string;
  title: string;
  year: number;
  dateFrom: string | null;
  dateTo: string | null;
  numberFrom: string | null;
  numberTo: string | null;
  volumeNo: number | null;
  /**
   * The agency's system: a Party body's cover carries "ĐẢNG CỘNG SẢN VIỆT NAM", the superior body,
   * the issuer and the "*" (no Quốc hiệu), names the term, and says the columns are those of ND30
   * Phụ lục IV because the forms of 693-QĐ/VPTW were not available. Absent (older snapshots) = state.
   */
  system?: 'state' | 'party';
  /** Party body: the term (nhiệm kỳ) the book's period falls in. */
  termName?: string | null;
  /** Printed instead of `year` when a term's book spans calendar years ("2020–2025"). */
  yearLabel?: string;
}

export type BookRowKind = 'entry' | 'section' | 'empty';

export interface BookRow {
  kind: BookRowKind;
  /** One cell per column for 'entry'; one text for 'section' / 'empty' (printed across the table). */
  cells: string[];
}

export interface BookModel {
  layoutVersion: number;
  direction: Direction;
  /** Absent (older snapshots) = the register book of `direction`. 'theo-doi' has no "Từ số … đến số" line. */
  kind?: BookKind;
  paper: 'a4' | 'a3';
  cover: BookCover;
  rows: BookRow[];
  /** Document information (title, subject) and the fixed metadata date (ISO with offset). */
  title: string;
  subject: string;
  date: string;
  /** Small running line at the top of table pages. */
  runningTitle: string;
}

/** Paper sizes in millimetres, landscape. */
export const PAPER_MM: Readonly<Record<'a4' | 'a3', { width: number; height: number }>> = Object.freeze({
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
});
