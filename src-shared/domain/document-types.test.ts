import { describe, expect, it } from 'vitest';
import * as types from './document-types';
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
    expect(types.DOCUMENT_TYPES).toHaveLength(29);
    expect(types.DOCUMENT_TYPES.map((t) => foldVietnamese(t.lawName))).toEqual(names.map(foldVietnamese));
  });

  it('carries exactly the Phụ lục III abbreviation for every type in the table', () => {
    for (const [lawName, abbreviation] of LAW_TABLE) {
      const t = types.DOCUMENT_TYPES.find((d) => d.lawName === lawName);
      expect(t, lawName).toBeDefined();
      expect(t?.abbreviation, lawName).toBe(abbreviation);
    }
    const withAbbreviation = types.DOCUMENT_TYPES.filter((t) => t.abbreviation !== null);
    expect(withAbbreviation).toHaveLength(LAW_TABLE.length);
  });

  it('has the NĐ 30 values, not the stale TT 01/2011 ones', () => {
    for (const [given, expected] of [
      ['ban-ghi-nho', 'BGN'],
      ['ban-thoa-thuan', 'BTT'],
      ['giay-uy-quyen', 'GUQ'],
      ['giay-nghi-phep', 'GNP'],
      ['quyet-dinh', 'QĐ'],
      ['quy-dinh', 'QyĐ'],
      ['chuong-trinh', 'CTr'],
      ['to-trinh', 'TTr'],
      ['bien-ban', 'BB'],
      ['nghi-quyet', 'NQ'],
    ] as const) {
      expect(types.findDocumentTypeByCode(given)?.abbreviation, given).toBe(expected);
    }
  });

  it('gives công văn and thư công no abbreviation', () => {
    expect(types.findDocumentTypeByCode('cong-van')?.abbreviation).toBeNull();
    expect(types.findDocumentTypeByCode('thu-cong')?.abbreviation).toBeNull();
  });

  it('has unique codes, abbreviations (also when upper-cased, with copy forms) and folded names', () => {
    const codes = types.DOCUMENT_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]+(-[a-z]+)*$/);

    const abbrs = [
      ...types.DOCUMENT_TYPES.flatMap((t) => (t.abbreviation ? [t.abbreviation] : [])),
      ...types.COPY_FORMS.map((c) => c.abbreviation),
    ];
    expect(new Set(abbrs).size).toBe(abbrs.length);
    expect(new Set(abbrs.map((a) => a.toUpperCase())).size).toBe(abbrs.length);

    const folded = types.DOCUMENT_TYPES.map((t) => foldVietnamese(t.name));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('stores names in NFC', () => {
    for (const t of types.DOCUMENT_TYPES) {
      expect(t.name.normalize('NFC')).toBe(t.name);
      expect(t.lawName.normalize('NFC')).toBe(t.lawName);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(types.DOCUMENT_TYPES)).toBe(true);
    expect(Object.isFrozen(types.DOCUMENT_TYPES[0])).toBe(true);
  });
});

describe('findDocumentTypeByAbbreviation', () => {
  it('is exact-case by default: QĐ and QyĐ are different types', () => {
    expect(types.findDocumentTypeByAbbreviation('QĐ')?.code).toBe('quyet-dinh');
    expect(types.findDocumentTypeByAbbreviation('QyĐ')?.code).toBe('quy-dinh');
    expect(types.findDocumentTypeByAbbreviation('QYĐ')).toBeUndefined();
    expect(types.findDocumentTypeByAbbreviation('qđ')).toBeUndefined();
  });

  it('can ignore case for symbols printed in capitals, but never diacritics', () => {
    expect(types.findDocumentTypeByAbbreviation('QYĐ', { ignoreCase: true })?.code).toBe('quy-dinh');
    expect(types.findDocumentTypeByAbbreviation('TTR', { ignoreCase: true })?.code).toBe('to-trinh');
    expect(types.findDocumentTypeByAbbreviation('CT', { ignoreCase: true })?.code).toBe('chi-thi');
    expect(types.findDocumentTypeByAbbreviation('HĐ')?.code).toBe('hop-dong');
    expect(types.findDocumentTypeByAbbreviation('HD')?.code).toBe('huong-dan');
    expect(types.findDocumentTypeByAbbreviation('ĐA')?.code).toBe('de-an');
    expect(types.findDocumentTypeByAbbreviation('DA')?.code).toBe('du-an');
  });

  it('accepts NFD input and surrounding spaces', () => {
    expect(types.findDocumentTypeByAbbreviation(' QĐ '.normalize('NFD'))?.code).toBe('quyet-dinh');
  });

  it('does not know invented or stale abbreviations', () => {
    for (const a of ['CV', 'TCG', 'GN', 'TTh', 'UQ', 'NP', 'TS', '']) {
      expect(types.findDocumentTypeByAbbreviation(a), a).toBeUndefined();
    }
  });
});

describe('findDocumentTypeByName', () => {
  it('matches through the fold, with or without "(cá biệt)"', () => {
    for (const [given, expected] of [
      ['QUYẾT ĐỊNH', 'quyet-dinh'],
      ['quyet dinh', 'quyet-dinh'],
      ['Quyết định (cá biệt)', 'quyet-dinh'],
      ['Giấy ủy quyền', 'giay-uy-quyen'],
      ['Bản thoả thuận', 'ban-thoa-thuan'],
      ['công văn', 'cong-van'],
      ['Quy định', 'quy-dinh'],
    ] as const) {
      expect(types.findDocumentTypeByName(given)?.code, given).toBe(expected);
    }
    expect(types.findDocumentTypeByName('Nghị định')).toBeUndefined();
  });
});

describe('copy forms', () => {
  it('has Sao y SY, Trích sao TrS, Sao lục SL', () => {
    expect(types.COPY_FORMS.map((c) => [c.code, c.abbreviation])).toEqual([
      ['sao-y', 'SY'],
      ['trich-sao', 'TrS'],
      ['sao-luc', 'SL'],
    ]);
    expect(types.findCopyFormByCode('sao-luc')?.stampText).toBe('SAO LỤC');
  });

  it('looks up by abbreviation (exact or ignoring case) and by name', () => {
    expect(types.findCopyFormByAbbreviation('TrS')?.code).toBe('trich-sao');
    expect(types.findCopyFormByAbbreviation('TRS')).toBeUndefined();
    expect(types.findCopyFormByAbbreviation('TRS', { ignoreCase: true })?.code).toBe('trich-sao');
    expect(types.findCopyFormByName('BẢN SAO Y')?.code).toBe('sao-y');
    expect(types.findCopyFormByName('trich sao')?.code).toBe('trich-sao');
    expect(types.findCopyFormByName('Sao chụp')).toBeUndefined();
  });
});
