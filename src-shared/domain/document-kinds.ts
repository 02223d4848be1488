/**
 * Every kind of document a clerk receives or issues, grouped as the type picker shows them:
 * - `administrative`: the 29 types of Nghị định 30/2020 Điều 7 (document-types.ts);
 * - `copy`: bản sao (SY, TrS, SL);
 * - `legal`: văn bản quy phạm pháp luật (Luật Ban hành VBQPPL), incoming only for an agency register;
 * - `party`: the 25 types of Quy định 399-QĐ/TW and `party-paper`: its 8 administrative papers,
 *   with the Party's own abbreviations (party-documents.md §2);
 * - `other`: everyday mail that is none of these (Đơn, Điện, Thư …);
 * - `custom`: types an agency adds itself (stored in the database, passed in by the caller).
 *
 * The State table (Phụ lục III) and the Party table are kept apart: "TT" is Thông tư for the State
 * and Thông tri for the Party; Quy định is "QyĐ" for the State and "QĐ" (older "QĐi") for the Party.
 * Codes are stable ASCII slugs stored in the database; Party codes start with "dang-".
 */
import {
  COPY_FORMS,
  DOCUMENT_TYPES,
  findCopyFormByAbbreviation,
  findCopyFormByCode,
  findCopyFormByName,
  findDocumentTypeByAbbreviation,
  findDocumentTypeByCode,
  findDocumentTypeByName,
} from './document-types';
import { foldVietnamese } from './text-fold';

export type DocumentKindGroup = 'administrative' | 'copy' | 'legal' | 'party' | 'party-paper' | 'other' | 'custom';

export interface DocumentKind {
  readonly code: string;
  readonly name: string;
  /** Abbreviation in the kind's own system (State or Party); null when none is official or sourced. */
  readonly abbreviation: string | null;
  readonly group: DocumentKindGroup;
  /** Agency-defined kinds only: the table it sits beside, the directions it is offered for, and
   * whether it was disabled (no longer offered; old entries keep it). */
  readonly system?: 'state' | 'party';
  readonly incoming?: boolean;
  readonly outgoing?: boolean;
  readonly disabled?: boolean;
}

// The group titles the picker shows are in the window's message files (register.kindGroups).

const k = (code: string, name: string, abbreviation: string | null, group: DocumentKindGroup): DocumentKind =>
  Object.freeze({ code, name, abbreviation, group });

/**
 * How the catalogue marks a Party type whose abbreviation no source gives (party-documents.md §2,
 * "others: not sourced"): the clerk types the one the body uses when numbering it.
 */
export const NO_STANDARD_ABBREVIATION = 'chưa có ký hiệu chuẩn';

/** Picker label of a kind: "Quy chế (QC)", "Tuyên bố (chưa có ký hiệu chuẩn)", "Đơn". */
export function kindLabel(kind: DocumentKind): string {
  if (kind.abbreviation) return `${kind.name} (${kind.abbreviation})`;
  return kind.group === 'party' || kind.group === 'party-paper' ? `${kind.name} (${NO_STANDARD_ABBREVIATION})` : kind.name;
}

/** Party types and papers without a standard abbreviation, in catalogue order. */
export function partyKindsWithoutAbbreviation(): DocumentKind[] {
  return [...PARTY_DOCUMENT_TYPES, ...PARTY_PAPERS].filter((kind) => kind.abbreviation === null);
}

/**
 * Legal normative types (Luật Ban hành VBQPPL). Nghị quyết and Quyết định also exist as
 * administrative types; their normative forms get their own codes so a picker can offer both.
 */
export const LEGAL_NORMATIVE_TYPES: readonly DocumentKind[] = Object.freeze([
  k('hien-phap', 'Hiến pháp', null, 'legal'),
  k('bo-luat', 'Bộ luật', null, 'legal'),
  k('luat', 'Luật', null, 'legal'),
  k('phap-lenh', 'Pháp lệnh', null, 'legal'),
  k('lenh', 'Lệnh', 'L', 'legal'),
  k('nghi-quyet-qppl', 'Nghị quyết (quy phạm pháp luật)', null, 'legal'),
  k('nghi-dinh', 'Nghị định', 'NĐ', 'legal'),
  k('quyet-dinh-qppl', 'Quyết định (quy phạm pháp luật)', null, 'legal'),
  k('thong-tu', 'Thông tư', 'TT', 'legal'),
  k('thong-tu-lien-tich', 'Thông tư liên tịch', 'TTLT', 'legal'),
  k('nghi-quyet-lien-tich', 'Nghị quyết liên tịch', 'NQLT', 'legal'),
]);

/**
 * The 25 types of Quy định 399-QĐ/TW in its order, with the abbreviations of party-documents.md §2
 * ([H]/[M] there); null where no source was found — an agency sets those itself (custom types).
 */
export const PARTY_DOCUMENT_TYPES: readonly DocumentKind[] = Object.freeze([
  k('dang-cuong-linh', 'Cương lĩnh chính trị', null, 'party'),
  k('dang-dieu-le', 'Điều lệ Đảng', null, 'party'),
  k('dang-chien-luoc', 'Chiến lược', null, 'party'),
  k('dang-nghi-quyet', 'Nghị quyết', 'NQ', 'party'),
  k('dang-quyet-dinh', 'Quyết định', 'QĐ', 'party'),
  k('dang-chi-thi', 'Chỉ thị', 'CT', 'party'),
  k('dang-ket-luan', 'Kết luận', 'KL', 'party'),
  k('dang-quy-che', 'Quy chế', 'QC', 'party'),
  // Contested: "QĐ" in 36-HD/VPTW, "QĐi" on older documents; both are accepted on input (see below).
  k('dang-quy-dinh', 'Quy định', 'QĐ', 'party'),
  k('dang-thong-tri', 'Thông tri', 'TT', 'party'),
  k('dang-huong-dan', 'Hướng dẫn', 'HD', 'party'),
  k('dang-thong-bao', 'Thông báo', 'TB', 'party'),
  k('dang-thong-cao', 'Thông cáo', null, 'party'),
  k('dang-tuyen-bo', 'Tuyên bố', null, 'party'),
  k('dang-loi-keu-goi', 'Lời kêu gọi', null, 'party'),
  k('dang-bao-cao', 'Báo cáo', 'BC', 'party'),
  k('dang-ke-hoach', 'Kế hoạch', 'KH', 'party'),
  k('dang-quy-hoach', 'Quy hoạch', null, 'party'),
  k('dang-chuong-trinh', 'Chương trình', 'CTr', 'party'),
  k('dang-de-an', 'Đề án', 'ĐA', 'party'),
  k('dang-phuong-an', 'Phương án', null, 'party'),
  k('dang-du-an', 'Dự án', null, 'party'),
  k('dang-to-trinh', 'Tờ trình', 'TTr', 'party'),
  k('dang-cong-van', 'Công văn', 'CV', 'party'),
  k('dang-bien-ban', 'Biên bản', 'BB', 'party'),
]);

/** The 8 administrative papers of Party bodies (399-QĐ/TW); abbreviations not sourced. */
export const PARTY_PAPERS: readonly DocumentKind[] = Object.freeze([
  k('dang-giay-gioi-thieu', 'Giấy giới thiệu', null, 'party-paper'),
  k('dang-giay-chung-nhan', 'Giấy chứng nhận', null, 'party-paper'),
  k('dang-giay-di-duong', 'Giấy đi đường', null, 'party-paper'),
  k('dang-giay-nghi-phep', 'Giấy nghỉ phép', null, 'party-paper'),
  k('dang-giay-moi', 'Giấy mời', null, 'party-paper'),
  k('dang-phieu-chuyen', 'Phiếu chuyển', null, 'party-paper'),
  k('dang-phieu-gui', 'Phiếu gửi', null, 'party-paper'),
  k('dang-thu-cong', 'Thư công', null, 'party-paper'),
]);

/** Everyday incoming mail that no table lists. */
export const OTHER_DOCUMENT_KINDS: readonly DocumentKind[] = Object.freeze([
  k('don', 'Đơn', null, 'other'),
  k('dien', 'Điện', null, 'other'),
  k('thu', 'Thư', null, 'other'),
  k('ket-luan', 'Kết luận', null, 'other'),
  k('thong-tri', 'Thông tri', null, 'other'),
  k('giay-chung-nhan', 'Giấy chứng nhận', null, 'other'),
  k('khac', 'Văn bản khác', null, 'other'),
]);

/** Party abbreviations accepted on input besides the table's ("QĐi" for Quy định on older documents). */
const PARTY_ABBREVIATION_ALIASES: ReadonlyMap<string, string> = new Map([['QĐI', 'dang-quy-dinh']]);

const ADMIN_KINDS: readonly DocumentKind[] = DOCUMENT_TYPES.map((d) => k(d.code, d.name, d.abbreviation, 'administrative'));
const COPY_KINDS: readonly DocumentKind[] = COPY_FORMS.map((c) => k(c.code, c.name, c.abbreviation, 'copy'));

const byCode = new Map<string, DocumentKind>();
for (const kind of [
  ...ADMIN_KINDS,
  ...COPY_KINDS,
  ...LEGAL_NORMATIVE_TYPES,
  ...PARTY_DOCUMENT_TYPES,
  ...PARTY_PAPERS,
  ...OTHER_DOCUMENT_KINDS,
]) {
  byCode.set(kind.code, kind);
}

/** Built-in kinds, in picker order: administrative, copy, legal, party, party papers, others. */
export function builtInDocumentKinds(): DocumentKind[] {
  return [...ADMIN_KINDS, ...COPY_KINDS, ...LEGAL_NORMATIVE_TYPES, ...PARTY_DOCUMENT_TYPES, ...PARTY_PAPERS, ...OTHER_DOCUMENT_KINDS];
}

export function findDocumentKindByCode(code: string, custom: readonly DocumentKind[] = []): DocumentKind | undefined {
  return byCode.get(code) ?? custom.find((c) => c.code === code);
}

/**
 * A type abbreviation of the Party table (case-blind: Party symbols are printed in capitals,
 * "CTR" = "CTr"), or undefined. "QĐ" reads as Quyết định: Quy định shares it and cannot be told
 * apart from the symbol alone ("QĐi" can).
 */
export function findPartyTypeByAbbreviation(abbreviation: string): DocumentKind | undefined {
  const upper = abbreviation.normalize('NFC').trim().toUpperCase();
  const alias = PARTY_ABBREVIATION_ALIASES.get(upper);
  if (alias) return byCode.get(alias);
  return PARTY_DOCUMENT_TYPES.find((t) => t.abbreviation !== null && t.abbreviation.toUpperCase() === upper);
}

/**
 * The built-in kind of a system that already uses an abbreviation (case-blind: printed ký hiệu are
 * capitals), or undefined. State: Phụ lục III, copies and legal types; Party: the 399-QĐ/TW table.
 */
export function builtInAbbreviationOwner(abbreviation: string, system: 'state' | 'party'): DocumentKind | undefined {
  const a = abbreviation.normalize('NFC').trim();
  if (system === 'party') return findPartyTypeByAbbreviation(a);
  const admin = findDocumentTypeByAbbreviation(a, { ignoreCase: true });
  if (admin) return byCode.get(admin.code);
  const copy = findCopyFormByAbbreviation(a, { ignoreCase: true });
  if (copy) return byCode.get(copy.code);
  return LEGAL_NORMATIVE_TYPES.find((l) => l.abbreviation !== null && l.abbreviation.toUpperCase() === a.toUpperCase());
}

/** A built-in kind with the same name (through foldVietnamese), or undefined. */
export function builtInKindNamed(name: string): DocumentKind | undefined {
  const folded = foldVietnamese(name);
  return builtInDocumentKinds().find((k) => foldVietnamese(k.name) === folded);
}

export interface ResolveKindOptions {
  /** The agency's own types (database). */
  readonly custom?: readonly DocumentKind[];
  /** Read an ambiguous name ("Quy chế", "Nghị quyết") as the Party type: the number is in Party form. */
  readonly preferParty?: boolean;
}

/**
 * Finds a kind by stable code ("quyet-dinh", "dang-quy-che"), exact Phụ lục III abbreviation
 * ("QĐ", "QyĐ"), or name through foldVietnamese ("quyet dinh", "Giấy ủy quyền", "Đơn").
 * Exact-case State abbreviation first, so "QĐ" and "QyĐ" never swap; Party abbreviations are not
 * read here (they collide with the State table) — only names and codes reach Party types, or a
 * name with `preferParty`. Custom types last, by code, name or abbreviation.
 */
export function resolveDocumentKind(text: string, options: ResolveKindOptions = {}): DocumentKind | undefined {
  const t = text.normalize('NFC').trim();
  if (t.length === 0) return undefined;
  const custom = options.custom ?? [];
  const folded = foldVietnamese(t);
  if (options.preferParty) {
    const party = [...PARTY_DOCUMENT_TYPES, ...PARTY_PAPERS].find((p) => foldVietnamese(p.name) === folded);
    if (party) return party;
  }
  const exact = byCode.get(t);
  if (exact) return exact;
  const admin = findDocumentTypeByAbbreviation(t);
  if (admin) return byCode.get(admin.code);
  const copy = findCopyFormByCode(t) ?? findCopyFormByAbbreviation(t);
  if (copy) return byCode.get(copy.code);
  const legal = LEGAL_NORMATIVE_TYPES.find((l) => l.abbreviation === t);
  if (legal) return legal;
  const adminLoose = findDocumentTypeByAbbreviation(t, { ignoreCase: true }) ?? findDocumentTypeByName(t) ?? findDocumentTypeByCode(t);
  if (adminLoose) return byCode.get(adminLoose.code);
  const copyLoose = findCopyFormByAbbreviation(t, { ignoreCase: true }) ?? findCopyFormByName(t);
  if (copyLoose) return byCode.get(copyLoose.code);
  const byName = [...LEGAL_NORMATIVE_TYPES, ...OTHER_DOCUMENT_KINDS, ...PARTY_DOCUMENT_TYPES, ...PARTY_PAPERS].find(
    (x) => foldVietnamese(x.name) === folded,
  );
  if (byName) return byName;
  return custom.find((c) => c.code === t || foldVietnamese(c.name) === folded || (c.abbreviation !== null && c.abbreviation === t));
}

/**
 * Picker search: a kind matches when the folded query is in its folded name or equals its
 * abbreviation (case-blind), so "qc", "quy che" and "QC" all find Quy chế.
 */
export function kindMatches(kind: DocumentKind, query: string): boolean {
  const q = foldVietnamese(query.trim());
  if (q.length === 0) return true;
  if (foldVietnamese(kind.name).includes(q)) return true;
  return kind.abbreviation !== null && foldVietnamese(kind.abbreviation) === q;
}
