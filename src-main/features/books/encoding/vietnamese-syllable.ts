/**
 * Is a word a well-formed Vietnamese syllable? Used only to tell which reading of a legacy-encoded
 * cell makes sense (Unicode as is, TCVN3 or VNI), so it is deliberately simple: onset + vowel
 * nucleus + coda, at most one tone mark, no capital inside the word.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const NUCLEI = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'oo',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'iêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyê',
  'uyu',
  'ươi',
  'ươu',
  'yêu',
];
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.sort((a, b) => b.length - a.length).join('|')})${CODA}$`);

/** True when `word` (letters only) reads as one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  // A capital after a small letter ("QuyÕt") never happens in real text.
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  const d = word.normalize('NFD').toLowerCase();
  const tones = d.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  const base = d.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(base);
}
