/**
 * The 29 administrative document types of Nghị định 30/2020/NĐ-CP Điều 7 and the copy forms
 * (bản sao), with the abbreviations of Phụ lục III Mục I copied character for character.
 *
 * Abbreviations are case-sensitive data: "QĐ" (Quyết định) and "QyĐ" (Quy định) differ only in
 * case-and-letter, "HĐ"/"HD" and "ĐA"/"DA" only in the stroke of Đ. Never fold them.
 */
import { foldVietnamese } from './text-fold';

export interface DocumentType {
  /** Stable ASCII slug stored in the database and used in code; never changes once released. */
  readonly code: DocumentTypeCode;
  /** Display and register name (NFC), as Điều 7 words it without the "(cá biệt)" qualifier. */
  readonly name: string;
  /** Name exactly as written in the Phụ lục III table (NFC, tone placement as in the decree). */
  readonly lawName: string;
  /** Phụ lục III abbreviation, exact case; `null` for công văn and thư công, which have none. */
  readonly abbreviation: string | null;
}

export interface CopyForm {
  readonly code: CopyFormCode;
  /** Name as the Phụ lục III table writes it ("Bản sao y"). */
  readonly lawName: string;
  /** Short name used in the UI and registers ("Sao y"). */
  readonly name: string;
  readonly abbreviation: string;
  /** Text printed in the copy block, "hình thức sao" (Phụ lục I Phần II). */
  readonly stampText: string;
}

function t<const C extends string>(code: C, name: string, abbreviation: string | null, lawName: string = name) {
  return Object.freeze({ code, name, lawName, abbreviation });
}

function c<const C extends string>(code: C, name: string, lawName: string, abbreviation: string, stampText: string) {
  return Object.freeze({ code, name, lawName, abbreviation, stampText });
}

/** In the order of Điều 7 (so công văn sits after hợp đồng, thư công last). */
export const DOCUMENT_TYPES = Object.freeze([
  t('nghi-quyet', 'Nghị quyết', 'NQ', 'Nghị quyết (cá biệt)'),
  t('quyet-dinh', 'Quyết định', 'QĐ', 'Quyết định (cá biệt)'),
  t('chi-thi', 'Chỉ thị', 'CT'),
  t('quy-che', 'Quy chế', 'QC'),
  t('quy-dinh', 'Quy định', 'QyĐ'),
  t('thong-cao', 'Thông cáo', 'TC'),
  t('thong-bao', 'Thông báo', 'TB'),
  t('huong-dan', 'Hướng dẫn', 'HD'),
  t('chuong-trinh', 'Chương trình', 'CTr'),
  t('ke-hoach', 'Kế hoạch', 'KH'),
  t('phuong-an', 'Phương án', 'PA'),
  t('de-an', 'Đề án', 'ĐA'),
  t('du-an', 'Dự án', 'DA'),
  t('bao-cao', 'Báo cáo', 'BC'),
  t('bien-ban', 'Biên bản', 'BB'),
  t('to-trinh', 'Tờ trình', 'TTr'),
  t('hop-dong', 'Hợp đồng', 'HĐ'),
  t('cong-van', 'Công văn', null),
  t('cong-dien', 'Công điện', 'CĐ'),
  t('ban-ghi-nho', 'Bản ghi nhớ', 'BGN'),
  t('ban-thoa-thuan', 'Bản thỏa thuận', 'BTT'),
  // The decree writes "uỷ" (old tone placement) in both Điều 7 and the table; kept as written.
  t('giay-uy-quyen', 'Giấy uỷ quyền', 'GUQ'),
  t('giay-moi', 'Giấy mời', 'GM'),
  t('giay-gioi-thieu', 'Giấy giới thiệu', 'GGT'),
  t('giay-nghi-phep', 'Giấy nghỉ phép', 'GNP'),
  t('phieu-gui', 'Phiếu gửi', 'PG'),
  t('phieu-chuyen', 'Phiếu chuyển', 'PC'),
  t('phieu-bao', 'Phiếu báo', 'PB'),
  t('thu-cong', 'Thư công', null),
] as const);

/** Union of the stable codes, for exhaustive switches in callers. */
export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number]['code'];

/** Copy forms in the order of the Phụ lục III table. They share one number series per year. */
export const COPY_FORMS = Object.freeze([
  c('sao-y', 'Sao y', 'Bản sao y', 'SY', 'SAO Y'),
  c('trich-sao', 'Trích sao', 'Bản trích sao', 'TrS', 'TRÍCH SAO'),
  c('sao-luc', 'Sao lục', 'Bản sao lục', 'SL', 'SAO LỤC'),
] as const);

export type CopyFormCode = (typeof COPY_FORMS)[number]['code'];

export interface AbbreviationLookupOptions {
  /**
   * Match ignoring letter case. Safe because the table stays unambiguous when upper-cased
   * (QĐ/QYĐ, CT/CTR, TB/TRS all remain distinct); use it for symbols printed in capitals, as the
   * decree asks ("QYĐ-UBND"). Diacritics are never ignored: HĐ ≠ HD, ĐA ≠ DA.
   */
  readonly ignoreCase?: boolean;
}

/**
 * The lookups of a decree table (document types, copy forms): by stable code, by abbreviation (exact
 * case, or ignoring it), and by folded name or law name.
 */
function lookups<
  T extends { readonly code: string; readonly name: string; readonly lawName: string; readonly abbreviation: string | null },
>(items: readonly T[]) {
  const byCode = new Map<string, T>();
  const byAbbreviation = new Map<string, T>();
  const byAbbreviationUpper = new Map<string, T>();
  const byFoldedName = new Map<string, T>();
  for (const item of items) {
    byCode.set(item.code, item);
    byFoldedName.set(foldVietnamese(item.name), item);
    byFoldedName.set(foldVietnamese(item.lawName), item);
    if (item.abbreviation !== null) {
      byAbbreviation.set(item.abbreviation, item);
      byAbbreviationUpper.set(item.abbreviation.toUpperCase(), item);
    }
  }
  return {
    byCode: (code: string): T | undefined => byCode.get(code),
    byAbbreviation: (abbreviation: string, options: AbbreviationLookupOptions = {}): T | undefined => {
      const a = abbreviation.normalize('NFC').trim();
      return options.ignoreCase ? byAbbreviationUpper.get(a.toUpperCase()) : byAbbreviation.get(a);
    },
    byName: (name: string): T | undefined => byFoldedName.get(foldVietnamese(name)),
  };
}
const documentTypes = lookups(DOCUMENT_TYPES as readonly DocumentType[]);
const copyForms = lookups(COPY_FORMS as readonly CopyForm[]);

/** Looks a type up by its stable code. Returns undefined for unknown codes (never throws). */
export const findDocumentTypeByCode = documentTypes.byCode;

/**
 * Looks a type up by its Phụ lục III abbreviation. Exact case by default ("QyĐ" is Quy định,
 * "QĐ" is Quyết định). Input is NFC-normalised and trimmed first, nothing else.
 * Công văn and thư công can never be found this way (they have no abbreviation).
 */
export const findDocumentTypeByAbbreviation = documentTypes.byAbbreviation;

/**
 * Looks a type up by its Vietnamese name through `foldVietnamese`, so case, diacritics, tone
 * placement and the "(cá biệt)" qualifier do not matter: "QUYẾT ĐỊNH", "quyet dinh" and
 * "Quyết định (cá biệt)" all find quyet-dinh; "giấy ủy quyền" finds the decree's "Giấy uỷ quyền".
 */
export const findDocumentTypeByName = documentTypes.byName;

/** Copy form by its stable code ("sao-y", "sao-luc", "trich-sao"). */
export const findCopyFormByCode = copyForms.byCode;

/** Copy form by abbreviation (SY, SL, TrS); exact case unless `ignoreCase`. */
export const findCopyFormByAbbreviation = copyForms.byAbbreviation;

/** Copy form by folded name: "Sao y", "BẢN SAO Y", "trich sao" … */
export const findCopyFormByName = copyForms.byName;
