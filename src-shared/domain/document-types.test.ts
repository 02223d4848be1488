import { describe, expect, it } from 'vitest';
import {
  COPY_FORMS,
  DOCUMENT_TYPES,
  findCopyFormByAbbreviation,
  findCopyFormByCode,
  findCopyFormByName,
  findDocumentTypeByAbbreviation,
  findDocumentTypeByCode,
  findDocumentTypeByName,
} from './document-types';
import { foldVietnamese } from './text-fold';

/** Phụ lục III Mục I of Nghị định 30/2020, transcribed from reference/nd30/phu-luc-3.txt. */
const LAW_TABLE: ReadonlyArray<readonly [string, string]> = [
  ['Nghị quyết (cá biệt)', 'NQ'],
  ['Quyết định (cá biệt)', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Quy chế', 'QC'],
  ['Quy định', 'QyĐ'],
  ['Thông cáo', 'TC'],
  ['Thông báo', 'TB'],
  ['Hướng dẫn', 'HD'],
  ['Chương trình', 'CTr'],
  ['Kế hoạch', 'KH'],
  ['Phương án', 'PA'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Báo cáo', 'BC'],
  ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'],
  ['Hợp đồng', 'HĐ'],
  ['Công điện', 'CĐ'],
  ['Bản ghi nhớ', 'BGN'],
  ['Bản thỏa thuận', 'BTT'],
  ['Giấy uỷ quyền', 'GUQ'],
  ['Giấy mời', 'GM'],
  ['Giấy giới thiệu', 'GGT'],
  ['Giấy nghỉ phép', 'GNP'],
  ['Phiếu gửi', 'PG'],
  ['Phiếu chuyển', 'PC'],
  ['Phiếu báo', 'PB'],
];

/** Điều 7, in the decree's order. */
const DIEU_7 =
  'Nghị quyết (cá biệt), quyết định (cá biệt), chỉ thị, quy chế, quy định, thông cáo, thông báo, hướng dẫn, chương trình, kế hoạch, phương án, đề án, dự án, báo cáo, biên bản, tờ trình, hợp đồng, công văn, công điện, bản ghi nhớ, bản thỏa thuận, giấy uỷ quyền, giấy mời, giấy giới thiệu, giấy nghỉ phép, phiếu gửi, phiếu chuyển, phiếu báo, thư công';

describe('DOCUMENT_TYPES', () => {
  it('lists the 29 types of Điều 7 in the decree order', () => {
    const names = DIEU_7.split(', ');
    expect(names).toHaveLength(29);
    expect(DOCUMENT_TYPES).toHaveLength(29);
    expect(DOCUMENT_TYPES.map((t) => foldVietnamese(t.lawName))).toEqual(names.map(foldVietnamese));
  });

  it('carries exactly the Phụ lục III abbreviation for every type in the table', () => {
    for (const [lawName, abbreviation] of LAW_TABLE) {
      const t = DOCUMENT_TYPES.find((d) => d.lawName === lawName);
      expect(t, lawName).toBeDefined();
      expect(t?.abbreviation, lawName).toBe(abbreviation);
    }
    const withAbbreviation = DOCUMENT_TYPES.filter((t) => t.abbreviation !== null);
    expect(withAbbreviation).toHaveLength(LAW_TABLE.length);
  });

  it('has the NĐ 30 values, not the stale TT 01/2011 ones', () => {
    expect(findDocumentTypeByCode('ban-ghi-nho')?.abbreviation).toBe('BGN');
    expect(findDocumentTypeByCode('ban-thoa-thuan')?.abbreviation).toBe('BTT');
    expect(findDocumentTypeByCode('giay-uy-quyen')?.abbreviation).toBe('GUQ');
    expect(findDocumentTypeByCode('giay-nghi-phep')?.abbreviation).toBe('GNP');
    expect(findDocumentTypeByCode('quyet-dinh')?.abbreviation).toBe('QĐ');
    expect(findDocumentTypeByCode('quy-dinh')?.abbreviation).toBe('QyĐ');
    expect(findDocumentTypeByCode('chuong-trinh')?.abbreviation).toBe('CTr');
    expect(findDocumentTypeByCode('to-trinh')?.abbreviation).toBe('TTr');
    expect(findDocumentTypeByCode('bien-ban')?.abbreviation).toBe('BB');
    expect(findDocumentTypeByCode('nghi-quyet')?.abbreviation).toBe('NQ');
  });

  it('gives công văn and thư công no abbreviation', () => {
    expect(findDocumentTypeByCode('cong-van')?.abbreviation).toBeNull();
    expect(findDocumentTypeByCode('thu-cong')?.abbreviation).toBeNull();
  });

  it('has unique codes, abbreviations (also when upper-cased, with copy forms) and folded names', () => {
    const codes = DOCUMENT_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]+(-[a-z]+)*$/);

    const abbrs = [...DOCUMENT_TYPES.flatMap((t) => (t.abbreviation ? [t.abbreviation] : [])), ...COPY_FORMS.map((c) => c.abbreviation)];
    expect(new Set(abbrs).size).toBe(abbrs.length);
    expect(new Set(abbrs.map((a) => a.toUpperCase())).size).toBe(abbrs.length);

    const folded = DOCUMENT_TYPES.map((t) => foldVietnamese(t.name));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('stores names in NFC', () => {
    for (const t of DOCUMENT_TYPES) {
      expect(t.name.normalize('NFC')).toBe(t.name);
      expect(t.lawName.normalize('NFC')).toBe(t.lawName);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DOCUMENT_TYPES)).toBe(true);
    expect(Object.isFrozen(DOCUMENT_TYPES[0])).toBe(true);
  });
});

describe('findDocumentTypeByAbbreviation', () => {
  it('is exact-case by default: QĐ and QyĐ are different types', () => {
    expect(findDocumentTypeByAbbreviation('QĐ')?.code).toBe('quyet-dinh');
    expect(findDocumentTypeByAbbreviation('QyĐ')?.code).toBe('quy-dinh');
    expect(findDocumentTypeByAbbreviation('QYĐ')).toBeUndefined();
    expect(findDocumentTypeByAbbreviation('qđ')).toBeUndefined();
  });

  it('can ignore case for symbols printed in capitals, but never diacritics', () => {
    expect(findDocumentTypeByAbbreviation('QYĐ', { ignoreCase: true })?.code).toBe('quy-dinh');
    expect(findDocumentTypeByAbbreviation('TTR', { ignoreCase: true })?.code).toBe('to-trinh');
    expect(findDocumentTypeByAbbreviation('CT', { ignoreCase: true })?.code).toBe('chi-thi');
    expect(findDocumentTypeByAbbreviation('HĐ')?.code).toBe('hop-dong');
    expect(findDocumentTypeByAbbreviation('HD')?.code).toBe('huong-dan');
    expect(findDocumentTypeByAbbreviation('ĐA')?.code).toBe('de-an');
    expect(findDocumentTypeByAbbreviation('DA')?.code).toBe('du-an');
  });

  it('accepts NFD input and surrounding spaces', () => {
    expect(findDocumentTypeByAbbreviation(' QĐ '.normalize('NFD'))?.code).toBe('quyet-dinh');
  });

  it('does not know invented or stale abbreviations', () => {
    for (const a of ['CV', 'TCG', 'GN', 'TTh', 'UQ', 'NP', 'TS', '']) {
      expect(findDocumentTypeByAbbreviation(a), a).toBeUndefined();
    }
  });
});

describe('findDocumentTypeByName', () => {
  it('matches through the fold, with or without "(cá biệt)"', () => {
    expect(findDocumentTypeByName('QUYẾT ĐỊNH')?.code).toBe('quyet-dinh');
    expect(findDocumentTypeByName('quyet dinh')?.code).toBe('quyet-dinh');
    expect(findDocumentTypeByName('Quyết định (cá biệt)')?.code).toBe('quyet-dinh');
    expect(findDocumentTypeByName('Giấy ủy quyền')?.code).toBe('giay-uy-quyen');
    expect(findDocumentTypeByName('Bản thoả thuận')?.code).toBe('ban-thoa-thuan');
    expect(findDocumentTypeByName('công văn')?.code).toBe('cong-van');
    expect(findDocumentTypeByName('Quy định')?.code).toBe('quy-dinh');
    expect(findDocumentTypeByName('Nghị định')).toBeUndefined();
  });
});

describe('copy forms', () => {
  it('has Sao y SY, Trích sao TrS, Sao lục SL', () => {
    expect(COPY_FORMS.map((c) => [c.code, c.abbreviation])).toEqual([
      ['sao-y', 'SY'],
      ['trich-sao', 'TrS'],
      ['sao-luc', 'SL'],
    ]);
    expect(findCopyFormByCode('sao-luc')?.stampText).toBe('SAO LỤC');
  });

  it('looks up by abbreviation (exact or ignoring case) and by name', () => {
    expect(findCopyFormByAbbreviation('TrS')?.code).toBe('trich-sao');
    expect(findCopyFormByAbbreviation('TRS')).toBeUndefined();
    expect(findCopyFormByAbbreviation('TRS', { ignoreCase: true })?.code).toBe('trich-sao');
    expect(findCopyFormByName('BẢN SAO Y')?.code).toBe('sao-y');
    expect(findCopyFormByName('trich sao')?.code).toBe('trich-sao');
    expect(findCopyFormByName('Sao chụp')).toBeUndefined();
  });
});
