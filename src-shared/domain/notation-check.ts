/**
 * Does a ký hiệu look like the ND30 pattern? Used to flag doubtful readings — OCR output such as
 * "HDANN" (hyphen lost), stale abbreviations from Thông tư 01/2011, lower-case noise — so the
 * clerk confirms them before they enter the register. A flag is a question, not a rejection:
 * agencies do issue oddities, and incoming mail must be registered as printed.
 */
import { findDocumentTypeByAbbreviation } from './document-types';
import { normaliseNotationText, splitNotation, type NotationStructureErrorCode } from './notation-text';

export type NotationIssueCode =
  | NotationStructureErrorCode
  | 'SINGLE_GROUP'
  | 'LOWERCASE_GROUP'
  | 'NUMERIC_GROUP'
  | 'TYPE_CASE'
  | 'OUTDATED_ABBREVIATION'
  | 'UNOFFICIAL_ABBREVIATION'
  | 'MISSING_YEAR';

export interface NotationIssue {
  readonly code: NotationIssueCode;
  readonly message: string;
}

export type NotationPatternCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** First issue, in Vietnamese, for a one-line hint. */ readonly reason: string;
      readonly issues: readonly NotationIssue[];
    };

/**
 * Thông tư 01/2011/TT-BNV abbreviations that Nghị định 30/2020 replaced (Phụ lục III). Keyed in
 * capitals because symbols are printed in capitals ("TTh" appears as "TTH").
 */
const OUTDATED: ReadonlyMap<string, { readonly now: string; readonly name: string }> = new Map([
  ['GN', { now: 'BGN', name: 'Bản ghi nhớ' }],
  ['TTH', { now: 'BTT', name: 'Bản thỏa thuận' }],
  ['UQ', { now: 'GUQ', name: 'Giấy uỷ quyền' }],
  ['NP', { now: 'GNP', name: 'Giấy nghỉ phép' }],
  ['TS', { now: 'TrS', name: 'Bản trích sao' }],
]);

/** Invented type abbreviations that circulate but have no basis: công văn and thư công have none. */
const UNOFFICIAL: ReadonlyMap<string, string> = new Map([
  ['CV', 'Công văn'],
  ['TCG', 'Thư công'],
]);

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Checks a ký hiệu (the part after "số/", optionally with a leading year: "2020/NĐ-CP") against
 * the ND30 pattern. Returns every issue found, in a stable order; `ok` is true only when there
 * are none. Separators are normalised first (en dash, spaces around "-"), so only substance is
 * flagged. Never throws.
 */
export function checkNotationPattern(notation: string): NotationPatternCheck {
  const text = normaliseNotationText(notation);
  const parts = splitNotation(text);
  if (!parts.ok) return fail([{ code: parts.error.code, message: parts.error.message }]);
  const { year, groups } = parts.value;
  const issues: NotationIssue[] = [];
  const first = groups[0] as string;

  if (groups.length === 1 && year === undefined) {
    issues.push({
      code: 'SINGLE_GROUP',
      message: `Ký hiệu "${text}" chỉ có một nhóm chữ; theo Nghị định 30/2020/NĐ-CP ký hiệu gồm chữ viết tắt tên loại và tên cơ quan (ví dụ QĐ-UBND) hoặc, với công văn, tên cơ quan và đơn vị (ví dụ UBND-VP), nối bằng dấu gạch nối. Có thể đã mất dấu gạch nối khi nhận dạng.`,
    });
  }
  for (const g of groups) {
    if (/^[0-9]+$/.test(g)) {
      issues.push({
        code: 'NUMERIC_GROUP',
        message: `Nhóm "${g}" trong ký hiệu chỉ gồm chữ số; ký hiệu là chữ viết tắt, cần kiểm tra lại.`,
      });
    } else if (HAS_LOWER.test(g) && !HAS_UPPER.test(g)) {
      issues.push({ code: 'LOWERCASE_GROUP', message: `Nhóm "${g}" viết chữ thường; ký hiệu văn bản được trình bày bằng chữ in hoa.` });
    }
  }
  if (groups.length >= 2) {
    const outdated = OUTDATED.get(first.toUpperCase());
    const unofficial = UNOFFICIAL.get(first.toUpperCase());
    if (outdated) {
      issues.push({
        code: 'OUTDATED_ABBREVIATION',
        message: `"${first}" là chữ viết tắt cũ (Thông tư 01/2011/TT-BNV); Nghị định 30/2020/NĐ-CP dùng "${outdated.now}" cho ${outdated.name}.`,
      });
    } else if (unofficial) {
      issues.push({
        code: 'UNOFFICIAL_ABBREVIATION',
        message: `"${first}" không phải chữ viết tắt chính thức: ${unofficial} không có chữ viết tắt tên loại; ký hiệu là [cơ quan]-[đơn vị], ví dụ UBND-VP.`,
      });
    } else {
      const dt = findDocumentTypeByAbbreviation(first, { ignoreCase: true });
      // Exact table spelling and the all-capitals print form are both fine; "Qđ" or "Ctr" are not.
      // An all-lower-case group was already flagged above; one issue per mistake is enough.
      const wrongCase = dt?.abbreviation && first !== dt.abbreviation && first !== dt.abbreviation.toUpperCase();
      if (dt?.abbreviation && wrongCase && HAS_UPPER.test(first)) {
        issues.push({
          code: 'TYPE_CASE',
          message: `Chữ viết tắt tên loại "${first}" viết chưa đúng; Phụ lục III Nghị định 30/2020/NĐ-CP ghi "${dt.abbreviation}" (${dt.name}).`,
        });
      }
    }
  }
  if (year === undefined && first.toUpperCase() === 'NĐ') {
    issues.push({
      code: 'MISSING_YEAR',
      message: 'Nghị định là văn bản quy phạm pháp luật, ký hiệu phải có năm ban hành, ví dụ 30/2020/NĐ-CP.',
    });
  }
  return issues.length === 0 ? { ok: true } : fail(issues);
}

function fail(issues: NotationIssue[]): NotationPatternCheck {
  return { ok: false, reason: (issues[0] as NotationIssue).message, issues };
}
