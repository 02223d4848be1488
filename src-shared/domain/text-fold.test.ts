import { describe, expect, it } from 'vitest';
import { foldTokens, foldVietnamese, toNfc } from './text-fold';

/** Obvious, slow definition the fast table-driven fold must agree with. */
function referenceFold(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[đð\u0256]/g, 'd')
    .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim();
}

const VIETNAMESE_LETTERS = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('foldVietnamese', () => {
  it('treats old and new tone placement as equal', () => {
    expect(foldVietnamese('hoà')).toBe(foldVietnamese('hòa'));
    expect(foldVietnamese('uỷ')).toBe(foldVietnamese('ủy'));
    expect(foldVietnamese('Giấy uỷ quyền')).toBe(foldVietnamese('giấy ủy quyền'));
    expect(foldVietnamese('HOẢ TỐC')).toBe(foldVietnamese('Hỏa tốc'));
    expect(foldVietnamese('Tuỳ')).toBe('tuy');
  });

  it('folds case, diacritics and đ', () => {
    expect(foldVietnamese('Quyết định')).toBe('quyet dinh');
    expect(foldVietnamese('QUYẾT ĐỊNH')).toBe('quyet dinh');
    expect(foldVietnamese('Đề án')).toBe('de an');
    expect(foldVietnamese('Ủy ban nhân dân')).toBe('uy ban nhan dan');
    expect(foldVietnamese('Thượng khẩn')).toBe('thuong khan');
    expect(foldVietnamese('Sở Ngoại vụ')).toBe('so ngoai vu');
  });

  it('gives the same key for NFD (decomposed) input', () => {
    const nfd = 'Quyết định hoà giải Đà Nẵng'.normalize('NFD');
    expect(nfd).not.toBe('Quyết định hoà giải Đà Nẵng'); // the test input really is decomposed
    expect(foldVietnamese(nfd)).toBe('quyet dinh hoa giai da nang');
  });

  it('collapses and trims whitespace of every kind', () => {
    expect(foldVietnamese('  Công\t\tvăn \n số\u00a0123\u3000 ')).toBe('cong van so 123');
    expect(foldVietnamese('\u2003')).toBe('');
    // Already-folded letters: only the whitespace needs fixing, and it must still be fixed.
    expect(foldVietnamese('  quyet   dinh ')).toBe('quyet dinh');
    expect(foldVietnamese('quyet\tdinh')).toBe('quyet dinh');
    expect(foldVietnamese('')).toBe('');
  });

  it('removes zero-width characters and folds full-width ASCII', () => {
    expect(foldVietnamese('Quy\u200bết\u00ad định')).toBe('quyet dinh');
    expect(foldVietnamese('ＱĐ－ＵＢＮＤ １２')).toBe('qd-ubnd 12');
  });

  it('maps the eth look-alike used by legacy converters to d', () => {
    expect(foldVietnamese('ÐỒNG NAI')).toBe('dong nai');
  });

  it('keeps distinct words distinct', () => {
    expect(foldVietnamese('Quy định')).not.toBe(foldVietnamese('Quyết định'));
    expect(foldVietnamese('Thượng khẩn')).not.toBe(foldVietnamese('Thường'));
  });

  it('returns the same string object when nothing changes', () => {
    const s = 'quyet dinh so 12';
    expect(foldVietnamese(s)).toBe(s);
  });

  it('is idempotent and agrees with the reference definition on every Vietnamese letter', () => {
    const all = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toUpperCase();
    for (const ch of all) {
      const folded = foldVietnamese(ch);
      expect(folded, ch).toBe(referenceFold(ch));
      expect(folded, ch).toMatch(/^[a-z]$/);
      expect(foldVietnamese(ch.normalize('NFD')), ch).toBe(folded);
    }
  });

  it('agrees with the reference definition on random mixed text', () => {
    // Deterministic LCG so a failure is reproducible.
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pool = [
      ...VIETNAMESE_LETTERS,
      ...VIETNAMESE_LETTERS.toUpperCase(),
      ...'ĐÐ0123456789 \t\n\u00a0/-.,()&',
      '\u0300',
      '\u0301',
      '\u0303',
      '\u0309',
      '\u0323',
      '\u031b',
      '\u0306',
      '\u0302',
      'ß',
      'Æ',
      'Ø',
      'İ',
      'Å',
      'Ω',
      'Ж',
      '中',
      '😀',
    ];
    for (let k = 0; k < 2000; k++) {
      let s = '';
      const len = rnd(40);
      for (let i = 0; i < len; i++) s += pool[rnd(pool.length)];
      const f = foldVietnamese(s);
      expect(f, JSON.stringify(s)).toBe(referenceFold(s));
      expect(foldVietnamese(f)).toBe(f);
    }
  });

  it('handles long input (beyond the reusable buffer) correctly', () => {
    const unit = 'Quyết  Định ';
    const long = unit.repeat(20_000);
    const folded = foldVietnamese(long);
    expect(folded.length).toBe('quyet dinh '.length * 20_000 - 1);
    expect(folded.startsWith('quyet dinh quyet dinh')).toBe(true);
    expect(folded.endsWith('quyet dinh')).toBe(true);
  });
});

describe('foldTokens', () => {
  it('splits on punctuation and whitespace after folding', () => {
    expect(foldTokens('Số: 30/2020/NĐ-CP')).toEqual(['so', '30', '2020', 'nd', 'cp']);
    expect(foldTokens('  V/v hoà giải (lần 2).  ')).toEqual(['v', 'v', 'hoa', 'giai', 'lan', '2']);
  });

  it('keeps duplicates and order, and returns nothing for punctuation only', () => {
    expect(foldTokens('Hà Nội – hà nội')).toEqual(['ha', 'noi', 'ha', 'noi']);
    expect(foldTokens(' - / . ')).toEqual([]);
  });

  it('keeps non-Latin letters as word characters', () => {
    expect(foldTokens('Tokyo 東京 Ωmega')).toEqual(['tokyo', '東京', 'ωmega']);
  });
});

describe('toNfc', () => {
  it('composes decomposed text and leaves tone placement as typed', () => {
    expect(toNfc('Quyết định'.normalize('NFD'))).toBe('Quyết định');
    expect(toNfc('hoà')).toBe('hoà');
    expect(toNfc('hoà')).not.toBe('hòa');
  });
});
