/**
 * THE reader of "Số, ký hiệu" for every path (register form, CLI, OCR prefill, hub packets,
 * spreadsheet import): it says which system the text follows and returns its parts and the
 * printed text.
 *
 * - State (Nghị định 30/2020 Phụ lục I.II.3): `số/ký hiệu` — "45/UBND-VP", "30/2020/NĐ-CP", "36a/NQ-CP".
 * - Party (Hướng dẫn 36-HD/VPTW, kept by 05-HD/VPTW; party-documents.md §3): `số-loại/cơ quan` —
 *   "19-QC/HU", "Số 09-QC/TW", "05-QC/BTCTU-BDVTU", "141-CV/VPTW/nb"; the hyphen before the first
 *   slash tells it from the State form.
 * - Anything else (a foreign letter, a citizen's đơn, OCR noise) is `unparsed`: the text is kept as
 *   printed with a note for the clerk, never refused — refusing a real document is worse.
 *
 * Parts follow Phụ lục VI / edXML: CodeNumber = the number (with a letter suffix as printed, "36a"),
 * CodeNotation = everything after it ("UBND-VP", "2020/NĐ-CP", "QC/HU"). The printed text is the
 * input without the word "Số" and its colon, separators cleaned (normaliseNotationText).
 */
import { parseSoKyHieu } from './code-notation';
import { findPartyTypeByAbbreviation } from './document-kinds';
import { domainErr, domainErrAround, domainError, domainOk, type DomainError, type DomainResult } from './domain-result';
import { checkNotationPattern, type NotationIssue } from './notation-check';
import { CODE_NOTATION_MAX_LENGTH, CODE_NUMBER_MAX_LENGTH, checkAbbreviationGroup, normaliseNotationText } from './notation-text';

export type NotationSystem = 'state' | 'party' | 'unparsed';

/** The longest "Số, ký hiệu" text accepted (SoKyHieu field: CodeNumber 11 + "/" + CodeNotation 30). */
export const SO_KY_HIEU_MAX_LENGTH = 42;

export type SoKyHieuNoteCode = NotationIssue['code'] | 'UNPARSED' | 'UNKNOWN_PARTY_TYPE';

/** A doubt about a "số, ký hiệu" that is read anyway, keyed like a domain refusal. */
export type SoKyHieuNote = DomainError<SoKyHieuNoteCode>;

export interface SoKyHieuReading {
  readonly system: NotationSystem;
  /** The text as printed, without "Số"/"Số:" and with separators cleaned: "19-QC/HU", "45/UBND-VP". */
  readonly printed: string;
  /** Number as printed ("09", "36a"); null when unparsed. */
  readonly codeNumber: string | null;
  /** Everything after the number ("QC/HU", "2020/NĐ-CP"); null when unparsed. */
  readonly codeNotation: string | null;
  /** Type abbreviation in the text's own system ("QC", "QĐ", "NĐ"), when recognised. */
  readonly typeAbbreviation?: string;
  /** Stable kind code of that type ("dang-quy-che", "quyet-dinh"), when recognised. */
  readonly typeCode?: string;
  /** Issuing body ("HU", "BTCTU-BDVTU", "UBND"). */
  readonly issuerAbbreviation?: string;
  /** Year of a legal normative symbol ("2020" in 30/2020/NĐ-CP). */
  readonly year?: number;
  /** Things for the clerk to look at: doubtful State symbol, unknown Party type, unparsed text. */
  readonly notes: readonly SoKyHieuNote[];
}

export type SoKyHieuReadError = 'EMPTY' | 'TOO_LONG';

const SO_PREFIX = /^s[oôố](?:\s*:\s*|\s+|(?=[0-9]))/iu;
/** Party grammar after normalisation (spaces around "-" and "/" already removed). */
const PARTY = /^([0-9]{1,9}[a-zA-Z]{0,2})-([\p{L}]{1,8})\/([^\s/]+)(?:\/([^\s/]+))?$/u;
/** State number with a letter suffix ("36a/NQ-CP"): the suffix is set aside for the strict parser. */
const STATE_SUFFIX = /^([0-9]+)([a-zA-Z]{1,2})\//;

export interface ReadSoKyHieuOptions {
  /** Issuer abbreviations of the agency (see ParseSoKyHieuOptions). */
  readonly issuerAbbreviations?: readonly string[];
}

/**
 * Reads what a clerk typed, OCR produced or a packet carried. Errors only on nothing at all or a
 * text longer than SO_KY_HIEU_MAX_LENGTH; every other text is read as State, Party or unparsed.
 * Invariants: State readings satisfy `${codeNumber}/${codeNotation}` === printed; Party readings
 * `${codeNumber}-${codeNotation}` === printed; unparsed readings have null parts and a note.
 */
export function readSoKyHieu(text: string, options: ReadSoKyHieuOptions = {}): DomainResult<SoKyHieuReading, SoKyHieuReadError> {
  const clean = normaliseNotationText(text)
    .replace(SO_PREFIX, '')
    .replace(/^[:\s]+/, '')
    .trim();
  if (clean.length === 0) return domainErr('EMPTY', 'domain.soKyHieuEmpty');
  if ([...clean].length > SO_KY_HIEU_MAX_LENGTH) {
    return domainErr('TOO_LONG', 'domain.soKyHieuTooLong', { length: [...clean].length, max: SO_KY_HIEU_MAX_LENGTH });
  }
  const party = readParty(clean);
  if (party) return domainOk(party);

  const suffix = STATE_SUFFIX.exec(clean);
  const parsed = parseSoKyHieu(suffix ? clean.replace(`${suffix[1]}${suffix[2]}`, suffix[1]!) : clean, options);
  if (parsed.ok) {
    const v = parsed.value;
    const codeNumber = suffix ? `${v.codeNumber}${suffix[2]}` : v.codeNumber;
    if (codeNumber.length <= CODE_NUMBER_MAX_LENGTH) {
      const check = checkNotationPattern(v.codeNotation);
      const notes = check.ok ? [] : check.issues;
      return domainOk({
        system: 'state',
        printed: `${codeNumber}/${v.codeNotation}`,
        codeNumber,
        codeNotation: v.codeNotation,
        ...(v.typeAbbreviation ? { typeAbbreviation: v.typeAbbreviation } : {}),
        ...(v.documentTypeCode ? { typeCode: v.documentTypeCode } : v.copyFormCode ? { typeCode: v.copyFormCode } : {}),
        ...(v.issuerAbbreviation ? { issuerAbbreviation: v.issuerAbbreviation } : {}),
        ...(v.year !== undefined ? { year: v.year } : {}),
        notes,
      });
    }
  }

  return domainOk({
    system: 'unparsed',
    printed: clean,
    codeNumber: null,
    codeNotation: null,
    notes: [
      parsed.ok
        ? domainError('UNPARSED', 'domain.soKyHieuUnparsed', { text: clean })
        : domainErrAround('UNPARSED', 'domain.soKyHieuUnparsedWhy', parsed.error, { text: clean }).error,
    ],
  });
}

function readParty(clean: string): SoKyHieuReading | null {
  const m = PARTY.exec(clean);
  if (!m) return null;
  const [, num, type, issuer, extra] = m as unknown as [string, string, string, string, string | undefined];
  if (/^0+$/.test(num.replace(/[a-zA-Z]+$/, ''))) return null;
  for (const g of issuer.split('-')) if (checkAbbreviationGroup(g)) return null;
  if (extra !== undefined && checkAbbreviationGroup(extra)) return null;
  const codeNotation = clean.slice(num.length + 1);
  if ([...codeNotation].length > CODE_NOTATION_MAX_LENGTH) return null;
  const kind = findPartyTypeByAbbreviation(type);
  const notes: SoKyHieuNote[] = kind ? [] : [domainError('UNKNOWN_PARTY_TYPE', 'domain.partyTypeUnknown', { abbreviation: type })];
  return {
    system: 'party',
    printed: clean,
    codeNumber: num,
    codeNotation,
    typeAbbreviation: kind?.abbreviation ?? type,
    ...(kind ? { typeCode: kind.code } : {}),
    issuerAbbreviation: issuer,
    notes,
  };
}

/**
 * Reads the two Phụ lục VI fields given apart (edXML Code, a form or sheet with two columns):
 * "19" + "QC/HU" is the Party "19-QC/HU", "45" + "UBND-VP" the State "45/UBND-VP". The State join
 * is tried first, then the Party one; if neither parses, the two are kept as printed, joined by "/".
 */
export function readSoKyHieuParts(
  codeNumber: string | null | undefined,
  codeNotation: string | null | undefined,
  options: ReadSoKyHieuOptions = {},
): DomainResult<SoKyHieuReading, SoKyHieuReadError> {
  const n = (codeNumber ?? '').normalize('NFC').trim();
  const t = (codeNotation ?? '').normalize('NFC').trim();
  if (!n && !t) return readSoKyHieu('', options);
  if (!n || !t) return readSoKyHieu(n || t, options);
  const state = readSoKyHieu(`${n}/${t}`, options);
  if (state.ok && state.value.system === 'state') return state;
  const party = readSoKyHieu(`${n}-${t}`, options);
  if (party.ok && party.value.system === 'party') return party;
  return state;
}

/**
 * Composes a Party số, ký hiệu: "19-QC/HU", "125-CV/HU"; numbers below 10 get a leading zero.
 * With `prefix`, "Số 19-QC/HU" — "Số" without a colon (36-HD/VPTW). Throws RangeError on a bad
 * number or abbreviation (configuration, validated before).
 */
export function formatPartySoKyHieu(
  value: { readonly number: number; readonly typeAbbreviation: string; readonly issuerAbbreviation: string },
  options: { readonly prefix?: boolean } = {},
): string {
  if (!Number.isInteger(value.number) || value.number < 1 || value.number > 999_999_999) {
    throw new RangeError(`Số văn bản không hợp lệ: ${value.number}.`);
  }
  for (const g of [value.typeAbbreviation, ...value.issuerAbbreviation.split('-')]) {
    const problem = checkAbbreviationGroup(g);
    if (problem) throw new RangeError(problem.message);
  }
  const num = value.number < 10 ? `0${value.number}` : String(value.number);
  const text = `${num}-${value.typeAbbreviation}/${value.issuerAbbreviation}`;
  return options.prefix ? `Số ${text}` : text;
}
