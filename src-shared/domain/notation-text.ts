/**
 * Low-level reading of "Số, ký hiệu" text shared by the parser and the pattern check:
 * separator clean-up and splitting a ký hiệu into its groups. Limits come from Phụ lục VI
 * Phần II (CodeNumber String 11, CodeNotation String 30).
 */
import { domainErr, domainError, domainOk, type DomainError, type DomainResult } from './domain-result';

/** Phụ lục VI Phần II field 4, "Số của văn bản" (CodeNumber): String, 11. */
export const CODE_NUMBER_MAX_LENGTH = 11;
/** Phụ lục VI Phần II field 5, "Ký hiệu của văn bản" (CodeNotation): String, 30. */
export const CODE_NOTATION_MAX_LENGTH = 30;

/**
 * Plausible years in a legal-document symbol ("30/2020/NĐ-CP"). 1945 is the first year of the
 * state that issues these documents; the upper bound only catches typos such as 2202.
 */
export const NOTATION_YEAR_MIN = 1945;
export const NOTATION_YEAR_MAX = 2100;

const SLASHES = new Set([0x2044, 0x2215, 0x29f8]);
// U+00AD counts as a hyphen: PDF text extraction often yields it for a visible "-" glyph.
const HYPHENS = new Set([0x00ad, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63]);
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function isSpaceLike(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Cleans typed, pasted or OCR'd "Số, ký hiệu" text without changing its meaning:
 * NFC; full-width ASCII → ASCII; en/em dashes, minus, soft and other hyphens → "-"; fraction and
 * division slashes → "/"; exotic spaces → " "; zero-width characters removed; Ð (eth) → Đ;
 * spaces around "/" and "-" removed; trailing sentence punctuation removed.
 * Invariant: letters and digits are never altered (beyond NFC and the eth look-alike), so
 * "QĐ" and "QyĐ" survive exactly.
 */
export function normaliseNotationText(raw: string): string {
  const s = raw.normalize('NFC');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (ZERO_WIDTH.has(c)) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (SLASHES.has(c)) c = 0x2f;
    else if (HYPHENS.has(c)) c = 0x2d;
    else if (isSpaceLike(c)) c = 0x20;
    else if (c === 0x00d0) c = 0x0110;
    else if (c === 0x00f0) c = 0x0111;
    out += String.fromCharCode(c);
  }
  return out
    .normalize('NFC')
    .replace(/ *([/-]) */g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/[.,;]+$/, '')
    .trim();
}

export type NotationStructureErrorCode =
  'MISSING_NOTATION' | 'UNEXPECTED_SLASH' | 'INVALID_YEAR' | 'EMPTY_GROUP' | 'INVALID_CHARACTER' | 'CODE_NOTATION_TOO_LONG';

export interface NotationParts {
  /** Year written before the groups in legal-document symbols ("2020" in "2020/NĐ-CP"). */
  readonly year?: number;
  /** Abbreviation groups in order, exactly as written (case kept). */
  readonly groups: readonly string[];
}

const GROUP_CHAR = /^[\p{L}0-9&]$/u;

/**
 * Checks one abbreviation group ("QĐ", "UBND", "SNgV", "BNN&PTNT") and returns why it is not
 * usable, or null. Letters of any case, digits and "&" are allowed; nothing else, no spaces.
 */
export function checkAbbreviationGroup(group: string): DomainError<'EMPTY_GROUP' | 'INVALID_CHARACTER'> | null {
  if (group.length === 0) return domainError('EMPTY_GROUP', 'domain.groupEmpty');
  for (const ch of group) {
    if (!GROUP_CHAR.test(ch)) {
      if (ch === ' ') return domainError('INVALID_CHARACTER', 'domain.groupSpace', { group });
      return domainError('INVALID_CHARACTER', 'domain.groupCharacter', { char: ch, group });
    }
  }
  return null;
}

/**
 * Splits an already-normalised ký hiệu ("QĐ-UBND", "2020/NĐ-CP", "UBND-VP") into year and groups.
 * Invariants on success: at least one group, every group passes `checkAbbreviationGroup`,
 * total length ≤ 30 characters, year (if any) within NOTATION_YEAR_MIN..MAX.
 */
export function splitNotation(notation: string): DomainResult<NotationParts, NotationStructureErrorCode> {
  if (notation.length === 0) {
    return domainErr('MISSING_NOTATION', 'domain.notationAfterSlash');
  }
  let body = notation;
  let year: number | undefined;
  const slash = notation.indexOf('/');
  if (slash >= 0) {
    const head = notation.slice(0, slash);
    const rest = notation.slice(slash + 1);
    if (!/^[0-9]{4}$/.test(head) || rest.includes('/')) {
      return domainErr('UNEXPECTED_SLASH', 'domain.notationSlash', { notation });
    }
    year = Number(head);
    if (year < NOTATION_YEAR_MIN || year > NOTATION_YEAR_MAX) {
      return domainErr('INVALID_YEAR', 'domain.notationYear', { year: head });
    }
    if (rest.length === 0) {
      return domainErr('MISSING_NOTATION', 'domain.notationAfterYear', { year: head });
    }
    body = rest;
  }
  const groups = body.split('-');
  for (const g of groups) {
    const problem = checkAbbreviationGroup(g);
    if (problem) return { ok: false, error: problem };
  }
  const length = [...notation].length;
  if (length > CODE_NOTATION_MAX_LENGTH) {
    return domainErr('CODE_NOTATION_TOO_LONG', 'domain.notationTooLong', { length, max: CODE_NOTATION_MAX_LENGTH });
  }
  return domainOk(year === undefined ? { groups } : { year, groups });
}
