/**
 * Spreadsheet columns of a register: the book columns of Phụ lục IV (with "Tên loại" and "Trích
 * yếu" kept apart so the file re-imports exactly), then what the register keeps besides. The same
 * headings, plus the names older registers use, drive the automatic column mapping of imports.
 */
import { IMPORT_FIELDS_OF, type ImportField } from '../../../../src-shared/contracts/books-import.contract';
import type { Direction, RegisterEntry } from '../../../../src-shared/contracts/register.contract';
import { foldVietnamese, URGENCY_LABELS } from '../../../../src-shared/domain';
import { transferDateOf } from '../book-rows';

export type CellValue = string | number | { date: string } | null;

export interface SheetColumn {
  header: string;
  field: ImportField | null;
  width: number;
  value: (e: RegisterEntry) => CellValue;
}

const date = (iso: string | null): CellValue => (iso ? { date: iso } : null);
const text = (s: string | null | undefined): CellValue => (s ? s : null);
const signer = (e: RegisterEntry): CellValue => {
  const s = e.SignerInfo;
  if (!s?.FullName) return s?.Position ?? null;
  return s.Position ? `${s.FullName} (${s.Position})` : s.FullName;
};
const transfer = (e: RegisterEntry): CellValue => {
  const t = transferDateOf(e);
  if (!t) return null;
  const [d, m, y] = t.split('/');
  return { date: `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}` };
};
const status = (e: RegisterEntry): CellValue => (e.Cancellation ? `Đã hủy số: ${e.Cancellation.Reason}` : null);
/** A Tuyệt mật document's trích yếu is never written out (see book-rows subjectCell). */
const subject = (e: RegisterEntry): CellValue => (e.Confidentiality === 'tuyet-mat' ? 'TUYỆT MẬT — không ghi trích yếu' : e.Subject);
const medium = (e: RegisterEntry): CellValue => (e.Medium === 'dien-tu' ? 'Điện tử' : 'Giấy');

export const INCOMING_SHEET: readonly SheetColumn[] = [
  { header: 'Ngày đến', field: 'ArrivalDate', width: 12, value: (e) => date(e.ArrivalDate) },
  { header: 'Số đến', field: 'ArrivalNumber', width: 8, value: (e) => e.ArrivalNumber },
  { header: 'Tác giả', field: 'OrganName', width: 30, value: (e) => e.OrganName },
  { header: 'Số, ký hiệu văn bản', field: 'SoKyHieu', width: 18, value: (e) => text(e.SoKyHieu) },
  { header: 'Ngày tháng văn bản', field: 'IssuedDate', width: 12, value: (e) => date(e.IssuedDate) },
  { header: 'Tên loại', field: 'TypeName', width: 14, value: (e) => e.TypeName },
  { header: 'Trích yếu nội dung', field: 'Subject', width: 60, value: subject },
  { header: 'Đơn vị hoặc người nhận', field: 'ToPlaces', width: 24, value: (e) => text(e.ToPlaces) },
  { header: 'Ngày chuyển', field: 'TransferDate', width: 12, value: transfer },
  { header: 'Ghi chú', field: 'Description', width: 24, value: (e) => text(e.Description) },
  { header: 'Độ khẩn', field: 'Priority', width: 12, value: (e) => URGENCY_LABELS[e.Priority] },
  { header: 'Hình thức', field: 'Medium', width: 10, value: medium },
  { header: 'Thời hạn giải quyết', field: 'DueDate', width: 12, value: (e) => date(e.DueDate) },
  { header: 'Người ký', field: 'Signer', width: 22, value: signer },
  { header: 'Trạng thái', field: null, width: 18, value: status },
];

export const OUTGOING_SHEET: readonly SheetColumn[] = [
  { header: 'Số, ký hiệu văn bản', field: 'SoKyHieu', width: 18, value: (e) => text(e.SoKyHieu) },
  { header: 'Ngày tháng văn bản', field: 'IssuedDate', width: 12, value: (e) => date(e.IssuedDate) },
  { header: 'Tên loại', field: 'TypeName', width: 14, value: (e) => e.TypeName },
  { header: 'Trích yếu nội dung', field: 'Subject', width: 60, value: subject },
  { header: 'Người ký', field: 'Signer', width: 22, value: signer },
  { header: 'Nơi nhận văn bản', field: 'Recipients', width: 30, value: (e) => text(e.To.map((r) => r.OrganName).join('; ')) },
  { header: 'Đơn vị, người nhận bản lưu', field: 'ArchiveKeeper', width: 18, value: (e) => text(e.ArchiveKeeper) },
  { header: 'Số lượng bản', field: 'IssuedAmount', width: 8, value: (e) => e.IssuedAmount },
  { header: 'Ngày chuyển', field: 'TransferDate', width: 12, value: transfer },
  { header: 'Ghi chú', field: 'Description', width: 24, value: (e) => text(e.Description) },
  { header: 'Độ khẩn', field: 'Priority', width: 12, value: (e) => URGENCY_LABELS[e.Priority] },
  { header: 'Hình thức', field: 'Medium', width: 10, value: medium },
  { header: 'Hạn trả lời', field: 'DueDate', width: 12, value: (e) => date(e.DueDate) },
  { header: 'Trạng thái', field: null, width: 18, value: status },
];

export function sheetColumns(direction: Direction): readonly SheetColumn[] {
  return direction === 'den' ? INCOMING_SHEET : OUTGOING_SHEET;
}

/** Heading key: folded, punctuation as spaces ("Số, ký hiệu văn bản" → "so ky hieu van ban"). */
export function headingKey(s: string): string {
  return foldVietnamese(s.replace(/[.,;:/\\()_\-–—*"'“”]+/g, ' '));
}

/** Headings seen in registers kept in Excel, per field (folded with headingKey). */
const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  ArrivalDate: ['ngay den', 'ngay nhan', 'ngay thang den', 'ngay tiep nhan'],
  ArrivalNumber: ['so den', 'so thu tu den'],
  OrganName: [
    'tac gia',
    'co quan ban hanh',
    'noi gui',
    'co quan gui',
    'don vi gui',
    'noi ban hanh',
    'co quan to chuc ban hanh',
    'ten co quan ban hanh',
  ],
  SoKyHieu: [
    'so ky hieu van ban',
    'so ky hieu',
    'so va ky hieu',
    'so va ky hieu van ban',
    'so ky hieu van ban den',
    'so ky hieu van ban di',
  ],
  CodeNumber: ['so van ban', 'so', 'so di'],
  CodeNotation: ['ky hieu', 'ky hieu van ban'],
  IssuedDate: ['ngay thang van ban', 'ngay van ban', 'ngay ban hanh', 'ngay ky', 'ngay thang', 'ngay thang nam van ban'],
  TypeName: ['ten loai', 'loai van ban', 'the loai', 'ten loai van ban'],
  Subject: [
    'trich yeu',
    'trich yeu noi dung',
    'ten loai va trich yeu noi dung van ban',
    'ten loai va trich yeu noi dung',
    'noi dung',
    'tom tat noi dung',
    'trich yeu noi dung van ban',
  ],
  ToPlaces: ['don vi hoac nguoi nhan', 'don vi nhan', 'nguoi nhan', 'chuyen cho', 'don vi ca nhan nhan'],
  Signer: ['nguoi ky', 'nguoi ky van ban', 'chuc vu ho ten nguoi ky'],
  Recipients: ['noi nhan van ban', 'noi nhan', 'co quan nhan'],
  ArchiveKeeper: ['don vi nguoi nhan ban luu', 'noi luu', 'ban luu', 'don vi luu'],
  IssuedAmount: ['so luong ban', 'so ban', 'so luong'],
  TransferDate: ['ngay chuyen', 'ngay chuyen giao'],
  Description: ['ghi chu'],
  Priority: ['do khan', 'muc do khan'],
  Confidentiality: ['do mat', 'muc do mat'],
  Medium: ['hinh thuc', 'loai hinh', 'hinh thuc van ban'],
  DueDate: ['thoi han giai quyet', 'han giai quyet', 'han tra loi', 'thoi han', 'han xu ly'],
};

/** The field a heading names for a direction, or null ("Ký nhận", "STT" and unknown headings). */
export function fieldOfHeading(heading: string, direction: Direction): ImportField | null {
  const key = headingKey(heading);
  if (!key) return null;
  // "Nơi nhận" of an incoming register is the unit it was passed to.
  if (direction === 'den' && key === 'noi nhan') return 'ToPlaces';
  // A bare "Số" in an incoming register is the số đến.
  if (direction === 'den' && key === 'so') return 'ArrivalNumber';
  for (const field of IMPORT_FIELDS_OF[direction]) {
    if (SYNONYMS[field].includes(key)) return field;
  }
  return null;
}
