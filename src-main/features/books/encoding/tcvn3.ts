/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ".VnTime" / ABC fonts) to Unicode.
 *
 * Old registers typed with .VnTime fonts reach us as text whose characters are the Windows-1252 /
 * Latin-1 readings of the TCVN3 bytes: "Quyết định" arrives as "QuyÕt ®Þnh". VN3 has no capital
 * letters with tone marks — capitals were typed with the ".VnTimeH" fonts, which draw the SAME codes
 * as capitals — so the caller says when a cell used an H font (`upper`).
 *
 * The table was checked code by code against the VN3 chart (all 134 Vietnamese letters).
 */

/** Byte (as a Latin-1 code point) → Unicode letter. Codes not listed are left as they are. */
export const TCVN3_TABLE: Readonly<Record<number, string>> = Object.freeze({
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
});

/**
 * Converts TCVN3 text to Unicode NFC. `upper` upper-cases the letters, for cells set in a
 * ".VnTimeH"-style capitals font (the codes of those fonts are the lower-case ones).
 */
export function tcvn3ToUnicode(text: string, upper = false): string {
  let out = '';
  for (const ch of text) {
    const mapped = TCVN3_TABLE[ch.codePointAt(0)!];
    out += mapped ?? ch;
  }
  out = out.normalize('NFC');
  return upper ? out.toLocaleUpperCase('vi') : out;
}

/** Unicode → TCVN3, for tests and fixtures (capitals with tone marks fall back to lower case). */
export function unicodeToTcvn3(text: string): string {
  const reverse = new Map<string, string>();
  for (const [code, letter] of Object.entries(TCVN3_TABLE)) reverse.set(letter, String.fromCharCode(Number(code)));
  let out = '';
  for (const ch of text.normalize('NFC')) {
    out += reverse.get(ch) ?? reverse.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}
