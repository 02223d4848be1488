/**
 * "Số, ký hiệu" of a document (Nghị định 30/2020 Phụ lục I Mục II.3): read it from what a clerk
 * typed or OCR produced, and compose it for outgoing documents.
 *
 * Shape: số "/" ký hiệu, where ký hiệu = [type abbreviation]-[issuer]{-[unit]} or, for công văn,
 * [issuer]-[unit or field]; legal normative documents put the year in between ("30/2020/NĐ-CP").
 * The stored pair follows the edXML/Phụ lục VI split: CodeNumber = the digits before the first
 * "/", CodeNotation = everything after it, so `${codeNumber}/${codeNotation}` is the text again.
 */
import { domainErr, domainOk, type DomainResult } from './domain-result';
import { findCopyFormByAbbreviation, findDocumentTypeByAbbreviation, type CopyFormCode, type DocumentTypeCode } from './document-types';
import {
  CODE_NOTATION_MAX_LENGTH,
  CODE_NUMBER_MAX_LENGTH,
  checkAbbreviationGroup,
  normaliseNotationText,
  splitNotation,
  type NotationStructureErrorCode,
} from './notation-text';

/**
 * Type abbreviations of legal normative documents (văn bản quy phạm pháp luật), which NĐ 30 does
 * not list but incoming mail carries ("30/2020/NĐ-CP", "01/2021/TT-BNV", "05/2020/L-CTN").
 * Source: common usage under the Law on legal normative documents [M]; NQ, QĐ and CT are shared
 * with the administrative table and found there.
 */
export const LEGAL_NORMATIVE_TYPE_ABBREVIATIONS: readonly string[] = Object.freeze(['NĐ', 'TT', 'TTLT', 'NQLT', 'L']);

export interface SoKyHieu {
  /** Digits as written (leading zeros kept: "05"); ≤ 11 characters. */
  readonly codeNumber: string;
  /** Numeric value of codeNumber; compare numbers with this, not with the text ("5" = "05"). */
  readonly number: number;
  /** Everything after the first "/", separators normalised; ≤ 30 characters. */
  readonly codeNotation: string;
  /** Year of a legal normative document's symbol, when written ("2020" in 30/2020/NĐ-CP). */
  readonly year?: number;
  /** Canonical spelling of the recognised type abbreviation ("QyĐ" even if printed "QYĐ"). */
  readonly typeAbbreviation?: string;
  /** Set when the type is one of the 29 administrative types and no year is present. */
  readonly documentTypeCode?: DocumentTypeCode;
  /** Set when the symbol is that of a copy (SY, SL, TrS). */
  readonly copyFormCode?: CopyFormCode;
  /** Abbreviation of the issuing body or state title ("UBND", "CP", "TTg"). */
  readonly issuerAbbreviation?: string;
  /** Any further groups joined by "-" (drafting unit or field: "VP", "VP-TH"). */
  readonly unitAbbreviation?: string;
}

export type SoKyHieuErrorCode =
  | 'EMPTY'
  | 'MISSING_NUMBER'
  | 'MISSING_SLASH'
  | 'NUMBER_NOT_NUMERIC'
  | 'NUMBER_ZERO'
  | 'CODE_NUMBER_TOO_LONG'
  | 'UNSUPPORTED_FORMAT'
  | NotationStructureErrorCode;

export interface ParseSoKyHieuOptions {
  /**
   * Issuer abbreviations known to the agency (its own and its units'). A first group listed here
   * is read as the issuer of a công văn even when it looks like a type abbreviation — e.g. "CT"
   * for Cục Thuế rather than Chỉ thị. Exact case.
   */
  readonly issuerAbbreviations?: readonly string[];
}

// "Số:", "Số :", "SỐ", "So:" before the number; only when a number, slash or space follows, so a
// symbol that merely starts with "So…" is never eaten.
const SO_PREFIX = /^s[oôố](?:\s*:\s*|\s+|(?=[0-9/]))/iu;

const DIGITS = /^[0-9]+$/;

/**
 * Reads a "Số, ký hiệu" such as "123/QĐ-UBND", "Số: 05/UBND-VP", "30/2020/NĐ-CP",
 * "12 / QĐ – UBND-VP" or full-width/en-dash variants.
 *
 * Invariants on success: codeNumber is 1–11 ASCII digits and not all zeros; codeNotation passes
 * the structure checks (groups of letters/digits/& joined by "-", optional leading year, ≤ 30
 * characters); `${codeNumber}/${codeNotation}` re-parses to the same value.
 * The type/issuer split is a best guess from the abbreviation table (see `issuerAbbreviations`);
 * whether the symbol follows the ND30 pattern is `checkNotationPattern`'s job, not this one's.
 * Never throws; errors carry a Vietnamese message for the clerk.
 */
export function parseSoKyHieu(text: string, options: ParseSoKyHieuOptions = {}): DomainResult<SoKyHieu, SoKyHieuErrorCode> {
  const s = normaliseNotationText(text).replace(SO_PREFIX, '').trim();
  if (s.length === 0) return domainErr('EMPTY', 'domain.soKyHieuEmpty');

  const slash = s.indexOf('/');
  if (slash < 0) {
    if (DIGITS.test(s)) {
      return domainErr('MISSING_NOTATION', 'domain.notationAfterNumber', { number: s });
    }
    if (/^[0-9]/.test(s)) {
      return domainErr('MISSING_SLASH', 'domain.slashMissing', { text: s });
    }
    return domainErr('MISSING_NUMBER', 'domain.numberBeforeNotation', { text: s });
  }

  const codeNumber = s.slice(0, slash);
  const codeNotation = s.slice(slash + 1);
  if (codeNumber.length === 0) {
    return domainErr('MISSING_NUMBER', 'domain.numberBeforeSlash');
  }
  if (/^[0-9]+-./.test(codeNumber)) {
    // Party documents write "66-QĐ/TW": number-type/issuer. Reading it as ND30 would silently
    // put the type into the number, so refuse it by name instead.
    return domainErr('UNSUPPORTED_FORMAT', 'domain.partyForm', { text: s });
  }
  if (!DIGITS.test(codeNumber)) {
    return domainErr('NUMBER_NOT_NUMERIC', 'domain.numberNotDigits', { number: codeNumber });
  }
  if (codeNumber.length > CODE_NUMBER_MAX_LENGTH) {
    return domainErr('CODE_NUMBER_TOO_LONG', 'domain.numberTooLong', { length: codeNumber.length, max: CODE_NUMBER_MAX_LENGTH });
  }
  const number = Number(codeNumber);
  if (number === 0) return domainErr('NUMBER_ZERO', 'domain.numberZero');

  const parts = splitNotation(codeNotation);
  if (!parts.ok) return parts;
  const { year, groups } = parts.value;

  const value: { -readonly [K in keyof SoKyHieu]: SoKyHieu[K] } = { codeNumber, number, codeNotation };
  if (year !== undefined) value.year = year;

  const [first, ...rest] = groups as [string, ...string[]];
  const issuerFirst = options.issuerAbbreviations?.includes(first) ?? false;
  const type = issuerFirst ? undefined : recogniseTypeAbbreviation(first, year !== undefined);
  if (type) {
    value.typeAbbreviation = type.abbreviation;
    if (type.documentTypeCode) value.documentTypeCode = type.documentTypeCode;
    if (type.copyFormCode) value.copyFormCode = type.copyFormCode;
    if (rest.length > 0) value.issuerAbbreviation = rest[0] as string;
    if (rest.length > 1) value.unitAbbreviation = rest.slice(1).join('-');
  } else {
    value.issuerAbbreviation = first;
    if (rest.length > 0) value.unitAbbreviation = rest.join('-');
  }
  return domainOk(value);
}

export interface RecognisedType {
  abbreviation: string;
  documentTypeCode?: DocumentTypeCode;
  copyFormCode?: CopyFormCode;
}

/**
 * Case-insensitive because the decree prints symbols in capitals ("QYĐ", "TTR"); the table stays
 * unambiguous when upper-cased. A year marks a legal normative document, so the administrative
 * type code ("Quyết định (cá biệt)") is deliberately not attached then.
 */
export function recogniseTypeAbbreviation(group: string, legalNormative = false): RecognisedType | undefined {
  const dt = findDocumentTypeByAbbreviation(group, { ignoreCase: true });
  if (dt && dt.abbreviation !== null) {
    return legalNormative ? { abbreviation: dt.abbreviation } : { abbreviation: dt.abbreviation, documentTypeCode: dt.code };
  }
  const cf = findCopyFormByAbbreviation(group, { ignoreCase: true });
  if (cf) return { abbreviation: cf.abbreviation, copyFormCode: cf.code };
  const upper = group.toUpperCase();
  const legal = LEGAL_NORMATIVE_TYPE_ABBREVIATIONS.find((a) => a === upper);
  return legal ? { abbreviation: legal } : undefined;
}

/**
 * Writes a document number as printed after "Số:": numbers below 10 get a leading zero
 * (Phụ lục I.II.3.c: "với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước"); 5 → "05", 123 → "123".
 * Throws RangeError unless n is an integer from 1 to 99,999,999,999 (11 digits, the CodeNumber limit):
 * a bad number here is a numbering bug, not user input.
 */
export function formatCodeNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 10 ** CODE_NUMBER_MAX_LENGTH) {
    throw new RangeError(`Số văn bản không hợp lệ: ${n} (phải là số nguyên từ 1 đến ${10 ** CODE_NUMBER_MAX_LENGTH - 1}).`);
  }
  return n < 10 ? `0${n}` : String(n);
}

export interface CodeNotationParts {
  /** Phụ lục III abbreviation (or SY/SL/TrS for copies); null for công văn. Written as given. */
  readonly typeAbbreviation: string | null;
  /** Abbreviation of the issuing agency or state title, set by the head of the agency. */
  readonly agencyAbbreviation: string;
  /** Drafting unit or field; required in practice for công văn ("UBND-VP"). */
  readonly unitAbbreviation?: string | null;
}

/**
 * Composes a ký hiệu: "QĐ-UBND", "QĐ-UBND-VP", công văn "UBND-VP", copy "SY-UBND".
 * Invariants: groups joined by "-" with no spaces; abbreviations kept exactly as given (the
 * table's mixed case "QyĐ", "TTr" is preserved); result ≤ 30 characters and parses back with
 * `parseSoKyHieu`. Throws RangeError on an empty or malformed group or an over-long result —
 * abbreviations are configuration and should be validated with `checkAbbreviationGroup` first.
 */
export function composeCodeNotation(parts: CodeNotationParts): string {
  const r = tryComposeCodeNotation(parts);
  if (!r.ok) throw new RangeError(r.error.message);
  return r.value;
}

/** `composeCodeNotation` with its refusal as data (keyed), for input a clerk typed. */
export function tryComposeCodeNotation(
  parts: CodeNotationParts,
): DomainResult<string, 'EMPTY_GROUP' | 'INVALID_CHARACTER' | 'CODE_NOTATION_TOO_LONG'> {
  const groups: string[] = [];
  if (parts.typeAbbreviation !== null) groups.push(parts.typeAbbreviation.normalize('NFC').trim());
  groups.push(parts.agencyAbbreviation.normalize('NFC').trim());
  if (parts.unitAbbreviation != null && parts.unitAbbreviation.trim() !== '') {
    // A unit may itself be "VP-TH"; each piece must still be a valid group.
    groups.push(...parts.unitAbbreviation.normalize('NFC').trim().split('-'));
  }
  for (const g of groups) {
    const problem = checkAbbreviationGroup(g);
    if (problem) return { ok: false, error: problem };
  }
  const notation = groups.join('-');
  if ([...notation].length > CODE_NOTATION_MAX_LENGTH) {
    return domainErr('CODE_NOTATION_TOO_LONG', 'domain.composedTooLong', { notation, max: CODE_NOTATION_MAX_LENGTH });
  }
  return domainOk(notation);
}

/**
 * Joins số and ký hiệu as printed: "05/QĐ-UBND", or with `prefix` "Số: 05/QĐ-UBND" (lower-case
 * "Số" and a colon, Phụ lục I.II.3.c). A numeric codeNumber goes through `formatCodeNumber`;
 * a string is used as given, so an incoming document's own spelling survives.
 */
export function formatSoKyHieu(
  value: { readonly codeNumber: string | number; readonly codeNotation: string },
  options: { readonly prefix?: boolean } = {},
): string {
  const num = typeof value.codeNumber === 'number' ? formatCodeNumber(value.codeNumber) : value.codeNumber;
  const text = `${num}/${value.codeNotation}`;
  return options.prefix ? `Số: ${text}` : text;
}
