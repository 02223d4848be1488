/**
 * Which document type a register entry has. Outgoing documents are the 29 administrative types of
 * Điều 7 or a copy (SY/SL/TrS). Incoming mail also carries legal normative documents (Luật, Nghị
 * định, Thông tư ...) that NĐ 30 does not list; they are accepted for incoming only.
 * (The legal list belongs in src-shared/domain/document-types.ts; it lives here until moved.)
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
  foldVietnamese,
} from '../../../src-shared/domain';

export type DocumentKindGroup = 'administrative' | 'copy' | 'legal';

export interface DocumentKind {
  code: string;
  name: string;
  abbreviation: string | null;
  group: DocumentKindGroup;
}

/** Legal normative document types (Luật Ban hành VBQPPL 2015, Điều 4) not already among the 29. */
export const LEGAL_NORMATIVE_TYPES: readonly DocumentKind[] = Object.freeze([
  { code: 'hien-phap', name: 'Hiến pháp', abbreviation: null, group: 'legal' },
  { code: 'bo-luat', name: 'Bộ luật', abbreviation: null, group: 'legal' },
  { code: 'luat', name: 'Luật', abbreviation: null, group: 'legal' },
  { code: 'phap-lenh', name: 'Pháp lệnh', abbreviation: null, group: 'legal' },
  { code: 'lenh', name: 'Lệnh', abbreviation: 'L', group: 'legal' },
  { code: 'nghi-dinh', name: 'Nghị định', abbreviation: 'NĐ', group: 'legal' },
  { code: 'thong-tu', name: 'Thông tư', abbreviation: 'TT', group: 'legal' },
  { code: 'thong-tu-lien-tich', name: 'Thông tư liên tịch', abbreviation: 'TTLT', group: 'legal' },
  { code: 'nghi-quyet-lien-tich', name: 'Nghị quyết liên tịch', abbreviation: 'NQLT', group: 'legal' },
] as DocumentKind[]);

const legalByCode = new Map(LEGAL_NORMATIVE_TYPES.map((t) => [t.code, t]));
const legalByFolded = new Map(LEGAL_NORMATIVE_TYPES.map((t) => [foldVietnamese(t.name), t]));
const legalByAbbr = new Map(LEGAL_NORMATIVE_TYPES.filter((t) => t.abbreviation).map((t) => [t.abbreviation!, t]));

/**
 * Finds a type by stable code ("quyet-dinh"), exact Phụ lục III abbreviation ("QĐ", "QyĐ"), or
 * name through foldVietnamese ("quyet dinh", "Giấy ủy quyền"). Exact-case abbreviation first, so
 * "QĐ" and "QyĐ" never swap; then a case-blind abbreviation ("qđ"), then names.
 */
export function resolveDocumentKind(text: string): DocumentKind | undefined {
  const t = text.normalize('NFC').trim();
  const admin = findDocumentTypeByCode(t) ?? findDocumentTypeByAbbreviation(t);
  if (admin) return { code: admin.code, name: admin.name, abbreviation: admin.abbreviation, group: 'administrative' };
  const copy = findCopyFormByCode(t) ?? findCopyFormByAbbreviation(t);
  if (copy) return { code: copy.code, name: copy.name, abbreviation: copy.abbreviation, group: 'copy' };
  const legal = legalByCode.get(t) ?? legalByAbbr.get(t);
  if (legal) return legal;
  const adminLoose = findDocumentTypeByAbbreviation(t, { ignoreCase: true }) ?? findDocumentTypeByName(t);
  if (adminLoose) return { code: adminLoose.code, name: adminLoose.name, abbreviation: adminLoose.abbreviation, group: 'administrative' };
  const copyLoose = findCopyFormByAbbreviation(t, { ignoreCase: true }) ?? findCopyFormByName(t);
  if (copyLoose) return { code: copyLoose.code, name: copyLoose.name, abbreviation: copyLoose.abbreviation, group: 'copy' };
  return legalByFolded.get(foldVietnamese(t));
}

/** Every kind an entry may have, for the type picker and list filters. */
export function allDocumentKinds(): DocumentKind[] {
  return [
    ...DOCUMENT_TYPES.map((d) => ({ code: d.code, name: d.name, abbreviation: d.abbreviation, group: 'administrative' as const })),
    ...COPY_FORMS.map((c) => ({ code: c.code, name: c.name, abbreviation: c.abbreviation, group: 'copy' as const })),
    ...LEGAL_NORMATIVE_TYPES,
  ];
}
