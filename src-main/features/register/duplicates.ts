/**
 * The duplicate warning of Phụ lục VI.III.1.h: same mã định danh văn bản, or the same số, ký hiệu
 * and tên cơ quan ban hành — compared through foldVietnamese, so "QĐ"/"QD", "Uỷ"/"Ủy" and case do
 * not hide a duplicate — or the same PDF bytes. Numbers restart every year, so the issue year is
 * part of the key: "15/QĐ-UBND" of 2024 and of 2025 are different documents.
 */
import { foldVietnamese, normaliseNotationText } from '../../../src-shared/domain';

export interface DupKeyParts {
  codeNumber: string | null;
  codeNotation: string | null;
  /** The printed text; the key of a number that did not parse into parts. */
  printed?: string | null;
  organName: string | null;
  issuedDate: string | null;
}

export function dupKeyOf(p: DupKeyParts): string | null {
  if (!p.organName) return null;
  if (!p.codeNumber || !p.codeNotation) {
    if (!p.printed) return null;
    return ['?', foldVietnamese(normaliseNotationText(p.printed)), foldVietnamese(p.organName), p.issuedDate?.slice(0, 4) ?? ''].join('|');
  }
  const number = foldVietnamese(p.codeNumber).replace(/^0+(?=\d)/, '');
  const notation = foldVietnamese(normaliseNotationText(p.codeNotation));
  return [number, notation, foldVietnamese(p.organName), p.issuedDate?.slice(0, 4) ?? ''].join('|');
}

/** DocumentId compared as printed, ignoring case and surrounding space (it is an ASCII identifier). */
export function documentIdKey(documentId: string | null): string | null {
  const k = documentId?.normalize('NFC').trim();
  return k ? k : null;
}
