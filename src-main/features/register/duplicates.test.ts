import { describe, expect, it } from 'vitest';
import { dupKeyOf } from './duplicates';

describe('dupKeyOf', () => {
  const base = { codeNumber: '05', codeNotation: 'QĐ-UBND', organName: 'Uỷ ban nhân dân tỉnh Bình Định', issuedDate: '2025-03-05' };
  it('is blind to leading zeros, diacritics, case and tone placement', () => {
    expect(dupKeyOf({ ...base, codeNumber: '5', codeNotation: 'qd-ubnd', organName: 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH' })).toBe(
      dupKeyOf(base),
    );
    expect(dupKeyOf({ ...base, codeNotation: 'QĐ – UBND' })).toBe(dupKeyOf(base));
  });
  it('keeps QĐ and QyĐ, and different years, apart', () => {
    expect(dupKeyOf({ ...base, codeNotation: 'QyĐ-UBND' })).not.toBe(dupKeyOf(base));
    expect(dupKeyOf({ ...base, issuedDate: '2024-03-05' })).not.toBe(dupKeyOf(base));
  });
  it('needs all three of số, ký hiệu and cơ quan', () => {
    expect(dupKeyOf({ ...base, codeNumber: null })).toBeNull();
    expect(dupKeyOf({ ...base, organName: null })).toBeNull();
  });
});
