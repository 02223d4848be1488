import { describe, expect, it } from 'vitest';
import { resolveDocumentKind } from './document-kind';

describe('resolveDocumentKind', () => {
  it('finds a type by code, exact abbreviation or folded name', () => {
    expect(resolveDocumentKind('quyet-dinh')?.abbreviation).toBe('QĐ');
    expect(resolveDocumentKind('QĐ')?.code).toBe('quyet-dinh');
    expect(resolveDocumentKind('QyĐ')?.code).toBe('quy-dinh');
    expect(resolveDocumentKind('quyet dinh')?.code).toBe('quyet-dinh');
    expect(resolveDocumentKind('Giấy ủy quyền')).toMatchObject({ code: 'giay-uy-quyen', abbreviation: 'GUQ' });
    expect(resolveDocumentKind('Công văn')).toMatchObject({ code: 'cong-van', abbreviation: null, group: 'administrative' });
  });
  it('knows copies and, for incoming mail, legal normative types', () => {
    expect(resolveDocumentKind('TrS')).toMatchObject({ code: 'trich-sao', group: 'copy' });
    expect(resolveDocumentKind('Nghị định')).toMatchObject({ code: 'nghi-dinh', abbreviation: 'NĐ', group: 'legal' });
  });
  it('does not guess', () => {
    expect(resolveDocumentKind('Thư tình')).toBeUndefined();
    expect(resolveDocumentKind('CV')).toBeUndefined();
  });
});
