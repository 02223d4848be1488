/**
 * From a register entry to the ten printed cells of its book row (Phụ lục IV), in the decree's
 * column order. Pure; the same entry always gives the same cells, which is what the lock compares.
 *
 * Columns the register has no field for are left blank for handwriting: "Ký nhận" always, and
 * "Ngày chuyển" unless the entry's processing trail holds a line "Ngày chuyển: dd/mm/yyyy" (how an
 * imported register keeps that column).
 */
import { createHash } from 'node:crypto';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { CONFIDENTIALITY_LABELS, foldVietnamese, formatDdMmYyyy, URGENCY_LABELS } from '../../../src-shared/domain';

const TRANSFER_LINE = /^\s*Ngày chuyển\s*:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*$/imu;

/** "Ngày chuyển" kept in the processing trail, as dd/mm/yyyy; empty when none. */
export function transferDateOf(entry: Pick<RegisterEntry, 'TraceHeaderList'>): string {
  const m = entry.TraceHeaderList ? TRANSFER_LINE.exec(entry.TraceHeaderList) : null;
  return m ? m[1]! : '';
}

const dmy = (iso: string | null): string => (iso ? formatDdMmYyyy(iso) : '');

/**
 * "Tên loại và trích yếu nội dung văn bản" in one cell: the type name, then the subject — unless the
 * subject already starts with it ("Quyết định về việc …"). A capitalised first word of the subject
 * is lowered ("Công văn đề nghị …"), acronyms are kept ("Công văn UBND …").
 */
export function typeAndSubject(typeName: string, subject: string): string {
  const s = subject.trim();
  if (foldVietnamese(s).startsWith(foldVietnamese(typeName))) return s;
  const first = s.split(/\s/, 1)[0] ?? '';
  const lowered =
    first.length > 1 && first[0] === first[0]!.toLocaleUpperCase('vi') && first.slice(1) === first.slice(1).toLocaleLowerCase('vi');
  return `${typeName} ${lowered ? first[0]!.toLocaleLowerCase('vi') + s.slice(1) : s}`;
}

/**
 * The "tên loại và trích yếu" cell of an entry. A Tuyệt mật document's trích yếu is not written in
 * the state-secret register (Nghị định 63/2026/NĐ-CP on state secrets, registration of tài liệu
 * Tuyệt mật going out; see docs/confidentiality.md): the cell carries the type and the mark only.
 * Mật and Tối mật are written in full (they only ever appear in the mật book, never an ordinary one).
 */
export function subjectCell(e: Pick<RegisterEntry, 'TypeName' | 'Subject' | 'Confidentiality'>): string {
  if (e.Confidentiality === 'tuyet-mat') return `${e.TypeName} (TUYỆT MẬT — không ghi trích yếu)`;
  return typeAndSubject(e.TypeName, e.Subject);
}

function notes(e: RegisterEntry): string[] {
  const out: string[] = [];
  if (e.Cancellation) out.push(`Đã hủy số: ${e.Cancellation.Reason}`);
  if (e.Confidentiality !== 'none') out.push(`Độ mật: ${CONFIDENTIALITY_LABELS[e.Confidentiality]}`);
  if (e.Priority !== 'thuong') out.push(URGENCY_LABELS[e.Priority]);
  if (e.Medium === 'dien-tu') out.push('Văn bản điện tử');
  if (e.Description) out.push(e.Description);
  return out;
}

function signer(e: RegisterEntry): string {
  const s = e.SignerInfo;
  if (!s) return '';
  if (s.FullName && s.Position) return `${s.FullName}\n(${s.Position})`;
  return s.FullName ?? s.Position ?? '';
}

/** The printed number of an entry: số đến as is, số văn bản đi with its leading zero ("05"). */
export function printedNumber(e: Pick<RegisterEntry, 'Direction' | 'ArrivalNumber' | 'CodeNumber'>): string {
  if (e.Direction === 'den') return String(e.ArrivalNumber ?? '');
  return e.CodeNumber ?? '';
}

/** The ten cells of an entry's row, in the order of Phụ lục IV. */
export function cellsOf(e: RegisterEntry): string[] {
  const ghiChu = notes(e).join('; ');
  if (e.Direction === 'den') {
    return [
      dmy(e.ArrivalDate),
      String(e.ArrivalNumber ?? ''),
      e.OrganName,
      e.SoKyHieu ?? '',
      dmy(e.IssuedDate),
      subjectCell(e),
      e.ToPlaces ?? '',
      transferDateOf(e),
      '',
      ghiChu,
    ];
  }
  return [
    e.SoKyHieu ?? e.CodeNumber ?? '',
    dmy(e.IssuedDate),
    subjectCell(e),
    signer(e),
    e.To.map((r) => r.OrganName).join('; '),
    e.ArchiveKeeper ?? '',
    e.IssuedAmount === null ? '' : String(e.IssuedAmount),
    transferDateOf(e),
    '',
    ghiChu,
  ];
}

/** Hash of the printed cells: what a locked volume compares to notice a later change. */
export function rowHash(cells: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(cells)).digest('hex');
}
