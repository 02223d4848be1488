/**
 * Which encoding a spreadsheet cell was typed in — Unicode, TCVN3 (.VnTime / ABC) or VNI — and its
 * Unicode NFC text. Every reading is tried and scored by how Vietnamese the result looks (valid
 * syllables, no stray Latin-1 symbols such as "®" or "¸"); Unicode wins ties, so ordinary text is
 * never "converted". A file-wide prior breaks the remaining ties (a VNI "hồ" also reads as Unicode
 * "hoà"), and the cell's font, when the spreadsheet names one, beats everything.
 */
import { COMMON_SYLLABLES } from './common-syllables';
import { tcvn3ToUnicode } from './tcvn3';
import { isVietnameseSyllable } from './vietnamese-syllable';
import { vniToUnicode } from './vni';

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

/** Latin-1 letters that are also Vietnamese letters in Unicode. */
const VN_LATIN1 = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý']);

/** A character only Unicode Vietnamese text has (beyond Latin-1): ă đ ĩ ũ ơ ư, ạ…ỹ, combining tones. */
function isUnicodeOnlyVietnamese(c: number): boolean {
  return (
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0 ||
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x300 && c <= 0x323)
  );
}

export interface CellReading {
  text: string;
  encoding: TextEncoding;
  /** True when the text had characters beyond ASCII (so the choice meant something). */
  nonAscii: boolean;
  /** True when only one reading was plausible: these cells set the file's prior. */
  definite: boolean;
}

function score(s: string): number {
  let strange = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 && c <= 0xff && !VN_LATIN1.has(ch)) strange++;
  }
  let valid = 0;
  let invalid = 0;
  let common = 0;
  for (const word of s.match(/\p{L}+/gu) ?? []) {
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    if (COMMON_SYLLABLES.has(word.toLowerCase())) common++;
    if (isVietnameseSyllable(word)) valid++;
    else invalid++;
  }
  return common * 3 + valid * 2 - invalid * 3 - strange * 4;
}

/** Reads one cell. `hint` comes from the cell's font; `prior` from the rest of the file. */
export function readCell(
  raw: string,
  opts: { hint?: { encoding: TextEncoding; upper: boolean } | undefined; prior?: TextEncoding | undefined } = {},
): CellReading {
  let nonAscii = false;
  let unicodeOnly = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) {
      nonAscii = true;
      if (isUnicodeOnlyVietnamese(c)) {
        unicodeOnly = true;
        break;
      }
    }
  }
  if (!nonAscii) {
    const upper = opts.hint?.encoding === 'tcvn3' && opts.hint.upper;
    return { text: upper ? raw.toUpperCase() : raw, encoding: 'unicode', nonAscii: false, definite: false };
  }
  if (unicodeOnly) return { text: raw.normalize('NFC'), encoding: 'unicode', nonAscii: true, definite: true };

  const candidates: { encoding: TextEncoding; text: string; score: number }[] = [
    { encoding: 'unicode', text: raw.normalize('NFC'), score: 0 },
    { encoding: 'tcvn3', text: tcvn3ToUnicode(raw, opts.hint?.encoding === 'tcvn3' && opts.hint.upper), score: 0 },
    { encoding: 'vni', text: vniToUnicode(raw), score: 0 },
  ];
  if (opts.hint) {
    const hinted = candidates.find((c) => c.encoding === opts.hint!.encoding)!;
    return { text: hinted.text, encoding: hinted.encoding, nonAscii: true, definite: true };
  }
  for (const c of candidates) c.score = c.encoding !== 'unicode' && c.text === candidates[0]!.text ? -Infinity : score(c.text);
  const order: TextEncoding[] = opts.prior ? [opts.prior, 'unicode', 'tcvn3', 'vni'] : ['unicode', 'tcvn3', 'vni'];
  candidates.sort((a, b) => b.score - a.score || order.indexOf(a.encoding) - order.indexOf(b.encoding));
  const best = candidates[0]!;
  const second = candidates[1]!;
  return { text: best.text, encoding: best.encoding, nonAscii: true, definite: best.score > second.score };
}

/** Encoding of a font name as spreadsheets carry it: ".VnTime", ".VnTimeH", "VNI-Times", "VNI-Helve". */
export function encodingOfFont(fontName: string | undefined | null): { encoding: TextEncoding; upper: boolean } | undefined {
  if (!fontName) return undefined;
  const name = fontName.trim();
  if (/^\.?vn[a-z]/i.test(name) && !/^vni/i.test(name)) return { encoding: 'tcvn3', upper: /h$/i.test(name) };
  if (/^vni[- ]?/i.test(name)) return { encoding: 'vni', upper: false };
  return undefined;
}

/** The legacy encoding most definite cells of a file agree on, if any (the tie-breaker for the rest). */
export function filePrior(raws: Iterable<string>): TextEncoding | undefined {
  const counts: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  let seen = 0;
  for (const raw of raws) {
    const r = readCell(raw);
    if (r.nonAscii && r.definite) counts[r.encoding]++;
    if (++seen > 5000) break;
  }
  if (counts.tcvn3 === 0 && counts.vni === 0) return undefined;
  return counts.tcvn3 >= counts.vni ? 'tcvn3' : 'vni';
}
