/**
 * Vietnamese text folding: the ONE key used by search, duplicate detection and autocomplete.
 * Anything that compares Vietnamese text for equality or prefix must go through `foldVietnamese`
 * (or `foldTokens`), so that an index built today still matches a query typed tomorrow.
 *
 * Folding is lossy by design: "hoà", "hòa", "HOÀ", "hoa" and the NFD spelling of each all fold to
 * "hoa". Store text with `toNfc`; never store folded text as the record of truth.
 */

/** Table value meaning "drop this code unit" (combining marks, zero-width characters). */
const DROP = 0xffff;
/** Table value meaning "whitespace: collapse runs to one space, trim the ends". */
const SPACE = 0xfffe;
/** Covers Latin, Latin-1, Latin Extended-A/B, combining marks and Latin Extended Additional (ạ..ỹ). */
const TABLE_SIZE = 0x1f00;

/**
 * Marks removed after canonical decomposition. Limited to the combining-diacritics blocks on
 * purpose: stripping every \p{M} would also mangle vowel signs in other scripts, and Vietnamese
 * only ever needs these.
 */
function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

function isFoldWhitespace(c: number): boolean {
  // C0/C1 controls count as whitespace: they only reach us as OCR or paste noise.
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isZeroWidth(c: number): boolean {
  return c === 0x00ad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Folds one BMP character the slow, obviously-correct way; used to build the table and for rare characters. */
function foldCharSlow(ch: string): string {
  let out = '';
  for (const d of ch.normalize('NFD').toLowerCase().normalize('NFD')) {
    const c = d.charCodeAt(0);
    if (!isCombiningMark(c)) out += d;
  }
  return out;
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (isCombiningMark(c) || isZeroWidth(c)) {
      t[c] = DROP;
    } else if (isFoldWhitespace(c)) {
      t[c] = SPACE;
    } else {
      const f = foldCharSlow(String.fromCharCode(c));
      // 0 = "not in table": characters whose fold is not exactly one code unit take the slow path.
      t[c] = f.length === 1 ? f.charCodeAt(0) : 0;
    }
  }
  // đ/Đ have no decomposition, so NFD alone never reaches "d". Ð (U+00D0, Icelandic eth) and
  // Ɖ (U+0189) are look-alikes that legacy converters and OCR put where Đ belongs.
  for (const c of [0x0110, 0x0111, 0x00d0, 0x00f0, 0x0189, 0x0256]) t[c] = 0x64;
  return t;
}

/** Built on the first fold, not at load: the 7,936 normalisations cost every start (the CLI, the window) tens of milliseconds. */
let TABLE: Uint16Array | undefined;
const slowCache = new Map<number, string>();

/** Fold of a code unit outside the table (or without a one-unit fold). Memoised: the set is small in practice. */
function foldOutside(c: number): string {
  let f = slowCache.get(c);
  if (f === undefined) {
    if (c >= 0xd800 && c <= 0xdfff) {
      // Surrogate halves pass through unchanged; astral characters are never Vietnamese.
      f = String.fromCharCode(c);
    } else if (c >= 0xff01 && c <= 0xff5e) {
      // Full-width ASCII from East Asian IMEs and some OCR engines: map to ASCII, then fold.
      f = foldCharSlow(String.fromCharCode(c - 0xfee0));
    } else if (isFoldWhitespace(c)) {
      f = ' ';
    } else if (isCombiningMark(c) || isZeroWidth(c)) {
      f = '';
    } else {
      f = foldCharSlow(String.fromCharCode(c));
    }
    slowCache.set(c, f);
  }
  return f;
}

const CHUNK = 8192;

function fromCodes(buf: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Reused output buffer: folding a million short rows must not allocate a million buffers. */
let scratch = new Uint16Array(256);
/** Longer inputs get their own buffer so one big document does not pin memory for the session. */
const SCRATCH_MAX = 1 << 16;

/**
 * Folds Vietnamese text for comparison: lower case, no diacritics (tone marks, circumflex, breve,
 * horn), đ/Đ → d, whitespace runs → one space, trimmed.
 *
 * Invariants:
 * - Equal to NFC → lower-case → NFD → drop combining marks → đ→d → collapse whitespace, so the
 *   composed (NFC), decomposed (NFD) and old-style tone placement (hoà/hòa, uỷ/ủy) spellings of a
 *   word all fold to the same string.
 * - Idempotent: fold(fold(s)) === fold(s).
 * - Zero-width characters and soft hyphens vanish; full-width ASCII folds to ASCII.
 * - Never throws; output length ≤ input length for all text seen in practice.
 */
export function foldVietnamese(s: string): string {
  const len = s.length;
  let buf = scratch;
  if (buf.length < len) {
    buf = new Uint16Array(len);
    if (len <= SCRATCH_MAX) scratch = buf;
  }
  const table = (TABLE ??= buildTable());
  let n = 0;
  let pendingSpace = false;
  let changed = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    let m = c < TABLE_SIZE ? (table[c] as number) : 0;
    if (m === DROP) {
      changed = true;
      continue;
    }
    if (m === SPACE) {
      // A plain single space between words is the only whitespace that survives unchanged.
      if (c !== 0x20 || pendingSpace || n === 0) changed = true;
      if (n > 0) pendingSpace = true;
      continue;
    }
    if (m === 0) {
      const f = foldOutside(c);
      if (f.length === 1) {
        m = f.charCodeAt(0);
      } else {
        // Rare multi-unit fold (or empty): finish this string the slow way rather than grow buffers.
        return foldSlowFrom(s, i, fromCodes(buf, n), pendingSpace);
      }
      if (m === 0x20) {
        changed = true;
        if (n > 0) pendingSpace = true;
        continue;
      }
    }
    if (pendingSpace) {
      buf[n++] = 0x20;
      pendingSpace = false;
    }
    if (m !== c) changed = true;
    buf[n++] = m;
  }
  if (pendingSpace) changed = true;
  return changed ? fromCodes(buf, n) : s;
}

/** Continues a fold with string concatenation from index `start`; see `foldVietnamese`. */
function foldSlowFrom(s: string, start: number, head: string, pendingSpaceIn: boolean): string {
  let out = head;
  let pendingSpace = pendingSpaceIn;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = c < TABLE_SIZE ? (TABLE![c] as number) : 0; // built by foldVietnamese, the only caller
    const f = m === DROP ? '' : m === SPACE ? ' ' : m === 0 ? foldOutside(c) : String.fromCharCode(m);
    for (const ch of f) {
      if (ch === ' ') {
        if (out.length > 0) pendingSpace = true;
      } else {
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += ch;
      }
    }
  }
  return out;
}

/** ASCII a–z and 0–9: the only token characters that survive folding of Vietnamese text. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

const NON_ASCII_WORD = /^[\p{L}\p{N}]$/u;

/**
 * Splits text into folded word tokens for full-text and prefix search: every run of letters or
 * digits is one token; punctuation ("/", "-", "(", ".") separates tokens.
 *
 * Invariants: each token equals `foldVietnamese` of itself, is non-empty and contains no space;
 * order follows the text (duplicates kept, so positions stay meaningful for FTS).
 * Example: "Số 30/2020/NĐ-CP" → ["so", "30", "2020", "nd", "cp"].
 */
export function foldTokens(s: string): string[] {
  const folded = foldVietnamese(s);
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x20;
    const word = isAsciiAlnum(c) || (c >= 0x80 && isNonAsciiWordUnit(folded, i, c));
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push(folded.slice(start, i));
      start = -1;
    }
  }
  return tokens;
}

function isNonAsciiWordUnit(s: string, i: number, c: number): boolean {
  // Surrogate halves belong to whatever astral letter they encode; treat them as word characters
  // rather than splitting a character in two.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return NON_ASCII_WORD.test(s.charAt(i));
}

/**
 * Canonical stored form of Vietnamese text (TCVN 6909:2001 text stored as Unicode NFC).
 * Invariant: idempotent; leaves the visible text unchanged (old/new tone placement is kept as typed).
 */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}
