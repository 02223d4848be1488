import { describe, expect, it } from 'vitest';
import { encodingOfFont, filePrior, readCell } from './detect-encoding';
import { tcvn3ToUnicode, unicodeToTcvn3 } from './tcvn3';
import { isVietnameseSyllable } from './vietnamese-syllable';
import { unicodeToVni, vniToUnicode } from './vni';

/** The 67 lower-case Vietnamese letters with diacritics (and their 67 capitals). */
const LOWER = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const UPPER = LOWER.toUpperCase();

describe('TCVN3 (.VnTime / ABC)', () => {
  it('reads the classic samples', () => {
    expect(tcvn3ToUnicode('QuyÕt ®Þnh')).toBe('Quyết định');
    expect(tcvn3ToUnicode('TiÕng ViÖt rÊt hay')).toBe('Tiếng Việt rất hay');
    expect(tcvn3ToUnicode('Uû ban nh©n d©n huyÖn §ång Phó')).toBe('Uỷ ban nhân dân huyện Đồng Phú');
    expect(tcvn3ToUnicode('c«ng v¨n', true)).toBe('CÔNG VĂN');
  });

  it('round-trips every lower-case letter and the seven capitals VN3 has', () => {
    expect(tcvn3ToUnicode(unicodeToTcvn3(LOWER))).toBe(LOWER);
    expect(tcvn3ToUnicode(unicodeToTcvn3('ĂÂÊÔƠƯĐ'))).toBe('ĂÂÊÔƠƯĐ');
    expect(new Set(unicodeToTcvn3(LOWER)).size).toBe(LOWER.length);
    expect(unicodeToTcvn3(LOWER)).toMatch(/^[\xa1-\xfe]+$/);
  });

  it('output is NFC', () => {
    const out = tcvn3ToUnicode('ViÖt Nam');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('VNI (VNI-Windows)', () => {
  it('reads the classic samples', () => {
    expect(vniToUnicode('Tieáng Vieät raát hay')).toBe('Tiếng Việt rất hay');
    expect(vniToUnicode('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    expect(vniToUnicode('Quyeát ñònh')).toBe('Quyết định');
    expect(vniToUnicode('ÑOÀNG PHUÙ')).toBe('ĐỒNG PHÚ');
    expect(vniToUnicode('ngöôøi')).toBe('người');
    expect(vniToUnicode('khuyûu')).toBe('khuỷu');
  });

  it('round-trips all 134 letters', () => {
    expect(unicodeToVni(LOWER + UPPER)).toMatch(/^[\x20-\xff]+$/);
    expect(vniToUnicode(unicodeToVni(LOWER))).toBe(LOWER);
    expect(vniToUnicode(unicodeToVni(UPPER))).toBe(UPPER);
    expect(vniToUnicode(unicodeToVni('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'))).toBe('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu');
  });
});

describe('syllables', () => {
  it('accepts Vietnamese and refuses mojibake', () => {
    for (const w of ['quyết', 'định', 'người', 'nghiêng', 'khuya', 'hoạch', 'giữa', 'gì', 'Uỷ', 'ĐỒNG', 'thuở']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
    for (const w of ['QuyÕt', 'Tieáng', 'Vieät', 'ñònh', 'ngöôøi']) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

describe('cell detection', () => {
  it('leaves Unicode and ASCII alone', () => {
    expect(readCell('Quyết định số 15/QĐ-UBND')).toMatchObject({ encoding: 'unicode', text: 'Quyết định số 15/QĐ-UBND' });
    expect(readCell('Cà Mau')).toMatchObject({ encoding: 'unicode', text: 'Cà Mau' });
    expect(readCell('UBND-VP 2024')).toMatchObject({ encoding: 'unicode', nonAscii: false });
  });

  it('turns decomposed Unicode into NFC', () => {
    expect(readCell('Quyết định'.normalize('NFD')).text).toBe('Quyết định');
  });

  it('finds TCVN3 and VNI cells', () => {
    expect(readCell('QuyÕt ®Þnh vÒ viÖc phª duyÖt kÕ ho¹ch')).toMatchObject({
      encoding: 'tcvn3',
      text: 'Quyết định về việc phê duyệt kế hoạch',
      definite: true,
    });
    expect(readCell('Quyeát ñònh veà vieäc pheâ duyeät keá hoaïch')).toMatchObject({
      encoding: 'vni',
      text: 'Quyết định về việc phê duyệt kế hoạch',
      definite: true,
    });
    expect(readCell('Së Tµi chÝnh').text).toBe('Sở Tài chính');
  });

  it('uses the font when the file names one', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(encodingOfFont('Times New Roman')).toBeUndefined();
    expect(readCell('uû ban nh©n d©n', { hint: { encoding: 'tcvn3', upper: true } }).text).toBe('UỶ BAN NHÂN DÂN');
  });

  it('a file prior settles ambiguous cells', () => {
    // "hoà" is Unicode "hoà" or VNI "hồ": alone it stays Unicode, in a VNI file it is VNI.
    expect(readCell('hoà').encoding).toBe('unicode');
    const prior = filePrior(['Tieáng Vieät', 'Quyeát ñònh', 'Sôû Taøi chính']);
    expect(prior).toBe('vni');
    expect(readCell('hoà', { prior }).text).toBe('hồ');
  });
});
