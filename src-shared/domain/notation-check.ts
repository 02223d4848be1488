/**
 * Does a ký hiệu look like the ND30 pattern? Used to flag doubtful readings — OCR output such as
 * "HDANN" (hyphen lost), stale abbreviations from Thông tư 01/2011, lower-case noise — so the
 * clerk confirms them before they enter the register. A flag is a question, not a rejection:
 * agencies do issue oddities, and incoming mail must be registered as printed.
 */
import { findDocumentTypeByAbbreviation } from './document-types';
import { domainError, type DomainError } from './domain-result';
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

/** A doubt about a symbol, keyed like a domain refusal (its text in error-texts/domain.ts). */
export type NotationIssue = DomainError<NotationIssueCode>;

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
  if (!parts.ok) return fail([parts.error]);
  const { year, groups } = parts.value;
  const issues: NotationIssue[] = [];
  const first = groups[0] as string;

  if (groups.length === 1 && year === undefined) {
    issues.push(domainError('SINGLE_GROUP', 'domain.notationSingleGroup', { text }));
  }
  for (const g of groups) {
    if (/^[0-9]+$/.test(g)) {
      issues.push(domainError('NUMERIC_GROUP', 'domain.notationNumericGroup', { group: g }));
    } else if (HAS_LOWER.test(g) && !HAS_UPPER.test(g)) {
      issues.push(domainError('LOWERCASE_GROUP', 'domain.notationLowercaseGroup', { group: g }));
    }
  }
  if (groups.length >= 2) {
    const outdated = OUTDATED.get(first.toUpperCase());
    const unofficial = UNOFFICIAL.get(first.toUpperCase());
    if (outdated) {
      issues.push(
        domainError('OUTDATED_ABBREVIATION', 'domain.notationOutdated', { abbreviation: first, now: outdated.now, type: outdated.name }),
      );
    } else if (unofficial) {
      issues.push(domainError('UNOFFICIAL_ABBREVIATION', 'domain.notationUnofficial', { abbreviation: first, type: unofficial }));
    } else {
      const dt = findDocumentTypeByAbbreviation(first, { ignoreCase: true });
      // Exact table spelling and the all-capitals print form are both fine; "Qđ" or "Ctr" are not.
      // An all-lower-case group was already flagged above; one issue per mistake is enough.
      const wrongCase = dt?.abbreviation && first !== dt.abbreviation && first !== dt.abbreviation.toUpperCase();
      if (dt?.abbreviation && wrongCase && HAS_UPPER.test(first)) {
        issues.push(domainError('TYPE_CASE', 'domain.notationTypeCase', { abbreviation: first, official: dt.abbreviation, type: dt.name }));
      }
    }
  }
  if (year === undefined && first.toUpperCase() === 'NĐ') {
    issues.push(domainError('MISSING_YEAR', 'domain.notationMissingYear'));
  }
  return issues.length === 0 ? { ok: true } : fail(issues);
}

function fail(issues: NotationIssue[]): NotationPatternCheck {
  return { ok: false, reason: (issues[0] as NotationIssue).message, issues };
}
