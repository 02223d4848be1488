/**
 * VNI (the "VNI-Windows" encoding of the VNI-Times / VNI-Helve fonts) to Unicode.
 *
 * VNI writes most accented vowels as the base letter followed by a modifier byte, read in Windows
 * as a Latin-1 letter: "Tiếng Việt" arrives as "Tieáng Vieät". A few letters are one byte of their
 * own (đ = ñ, ơ = ô, ư = ö, and i / ỵ with tones). Capitals use the capital modifiers.
 * Table checked against the VNI chart (all 134 letters round-trip, see vni.test.ts).
 */

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Letters that are a single VNI byte. */
const SINGLE: Readonly<Record<string, string>> = Object.freeze({
  ñ: 'đ',
  Ñ: 'Đ',
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  í: 'í',
  Í: 'Í',
  ì: 'ì',
  Ì: 'Ì',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
});

/** Modifier byte → combining marks, and which base letters it may follow. */
interface Modifier {
  marks: string;
  bases: string;
}
const TONE_BASES = 'aeouyơư';
const CIRC_BASES = 'aeo';

function mods(lower: string, upper: string, marks: string, bases: string): [string, Modifier][] {
  return [
    [lower, { marks, bases }],
    [upper, { marks, bases }],
  ];
}

const MODIFIERS: ReadonlyMap<string, Modifier> = new Map<string, Modifier>([
  // Tone only, after a e o u y ơ ư.
  ...mods('ù', 'Ù', ACUTE, TONE_BASES),
  ...mods('ø', 'Ø', GRAVE, TONE_BASES),
  ...mods('û', 'Û', HOOK, TONE_BASES),
  ...mods('õ', 'Õ', TILDE, TONE_BASES),
  ...mods('ï', 'Ï', DOT, TONE_BASES),
  // Circumflex (â ê ô), with or without a tone.
  ...mods('â', 'Â', CIRCUMFLEX, CIRC_BASES),
  ...mods('á', 'Á', CIRCUMFLEX + ACUTE, CIRC_BASES),
  ...mods('à', 'À', CIRCUMFLEX + GRAVE, CIRC_BASES),
  ...mods('å', 'Å', CIRCUMFLEX + HOOK, CIRC_BASES),
  ...mods('ã', 'Ã', CIRCUMFLEX + TILDE, CIRC_BASES),
  ...mods('ä', 'Ä', CIRCUMFLEX + DOT, CIRC_BASES),
  // Breve (ă), with or without a tone.
  ...mods('ê', 'Ê', BREVE, 'a'),
  ...mods('é', 'É', BREVE + ACUTE, 'a'),
  ...mods('è', 'È', BREVE + GRAVE, 'a'),
  ...mods('ú', 'Ú', BREVE + HOOK, 'a'),
  ...mods('ü', 'Ü', BREVE + TILDE, 'a'),
  ...mods('ë', 'Ë', BREVE + DOT, 'a'),
]);

/** Converts VNI text to Unicode NFC. Characters that are not part of a VNI letter stay as they are. */
export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i]!;
    const single = SINGLE[ch];
    // ô / ö / Ô / Ö are themselves bases (ơ, ư) that a tone modifier may follow.
    if (single !== undefined) ch = single;
    const next = chars[i + 1];
    const mod = next !== undefined ? MODIFIERS.get(next) : undefined;
    if (mod && mod.bases.includes(ch.toLowerCase())) {
      out += ch.normalize('NFD') + mod.marks;
      i++;
      continue;
    }
    out += ch;
  }
  return out.normalize('NFC');
}

const rank = (mark: string): number => (mark === '\u031b' ? 0 : mark === CIRCUMFLEX || mark === BREVE ? 1 : 2);

/** Unicode → VNI, for tests and fixtures. */
export function unicodeToVni(text: string): string {
  const singleBack = new Map<string, string>();
  for (const [vni, uni] of Object.entries(SINGLE)) singleBack.set(uni, vni);
  const modBack = new Map<string, { lower: string; upper: string }>();
  for (const [byte, m] of MODIFIERS) {
    const entry = modBack.get(m.marks) ?? { lower: '', upper: '' };
    if (byte === byte.toLowerCase()) entry.lower = byte;
    else entry.upper = byte;
    modBack.set(m.marks, entry);
  }
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = singleBack.get(ch);
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const d = ch.normalize('NFD');
    let base = d[0]!;
    // NFD puts the dot below before the circumflex / breve; VNI names the vowel mark first.
    let marks = [...d.slice(1)].sort((a, b) => rank(a) - rank(b)).join('');
    if (marks === '' || !/[aeiouyAEIOUY]/.test(base)) {
      out += ch;
      continue;
    }
    if (marks.startsWith('\u031b')) {
      // Horn: ơ / ư are single VNI bytes, the tone (if any) follows.
      base = singleBack.get((base + '\u031b').normalize('NFC'))!;
      marks = marks.slice(1);
      if (marks === '') {
        out += base;
        continue;
      }
    }
    if (/[iI]/.test(base) || (/[yY]/.test(base) && marks === DOT)) {
      out += singleBack.get(ch) ?? ch;
      continue;
    }
    const m = modBack.get(marks);
    if (!m) {
      out += ch;
      continue;
    }
    const upper = base === base.toUpperCase();
    out += base + (upper ? m.upper : m.lower);
  }
  return out;
}
