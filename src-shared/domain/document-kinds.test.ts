import { describe, expect, it } from 'vitest';
import {
  builtInAbbreviationOwner,
  builtInKindNamed,
  kindLabel,
  partyKindsWithoutAbbreviation,
  resolveDocumentKind,
} from './document-kinds';

describe('document kinds: unsourced Party abbreviations and agency types', () => {
  it('marks the Party types without a sourced abbreviation as "chưa có ký hiệu chuẩn"', () => {
    const names = partyKindsWithoutAbbreviation().map((k) => k.name);
    expect(names).toEqual([
      'Cương lĩnh chính trị',
      'Điều lệ Đảng',
      'Chiến lược',
      'Thông cáo',
      'Tuyên bố',
      'Lời kêu gọi',
      'Quy hoạch',
      'Phương án',
      'Dự án',
      'Giấy giới thiệu',
      'Giấy chứng nhận',
      'Giấy đi đường',
      'Giấy nghỉ phép',
      'Giấy mời',
      'Phiếu chuyển',
      'Phiếu gửi',
      'Thư công',
    ]);
    expect(kindLabel(resolveDocumentKind('dang-tuyen-bo')!)).toBe('Tuyên bố (chưa có ký hiệu chuẩn)');
    expect(kindLabel(resolveDocumentKind('dang-quy-che')!)).toBe('Quy chế (QC)');
    // A State type without an abbreviation is not "missing" one: ND30 gives công văn none.
    expect(kindLabel(resolveDocumentKind('cong-van')!)).toBe('Công văn');
  });

  it('finds the built-in owner of an abbreviation within one system only', () => {
    expect(builtInAbbreviationOwner('QĐ', 'state')?.code).toBe('quyet-dinh');
    expect(builtInAbbreviationOwner('qyđ', 'state')?.code).toBe('quy-dinh');
    expect(builtInAbbreviationOwner('TT', 'state')?.code).toBe('thong-tu');
    expect(builtInAbbreviationOwner('TT', 'party')?.code).toBe('dang-thong-tri');
    expect(builtInAbbreviationOwner('KL', 'state')).toBeUndefined();
    expect(builtInAbbreviationOwner('KL', 'party')?.code).toBe('dang-ket-luan');
    expect(builtInAbbreviationOwner('PTr', 'state')).toBeUndefined();
    expect(builtInKindNamed('cong van')?.code).toBe('cong-van');
    expect(builtInKindNamed('Phiếu trình')).toBeUndefined();
  });
});
