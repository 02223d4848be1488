import { describe, expect, it } from 'vitest';
import {
  findPartyTypeByAbbreviation,
  resolveDocumentKind,
  builtInDocumentKinds,
  kindMatches,
  PARTY_DOCUMENT_TYPES,
  PARTY_PAPERS,
} from './document-kinds';
import { formatPartySoKyHieu, readSoKyHieu, readSoKyHieuParts } from './so-ky-hieu';

const read = (s: string) => {
  const r = readSoKyHieu(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('readSoKyHieu — Party forms as printed', () => {
  it.each([
    ['19-QC/HU', '19', 'QC/HU', 'dang-quy-che', 'HU'],
    ['Số 09-QC/TW', '09', 'QC/TW', 'dang-quy-che', 'TW'],
    ['05-QC/BTCTU-BDVTU', '05', 'QC/BTCTU-BDVTU', 'dang-quy-che', 'BTCTU-BDVTU'],
    ['141-CV/VPTW/nb', '141', 'CV/VPTW/nb', 'dang-cong-van', 'VPTW'],
    ['Số 19 -QC/HU', '19', 'QC/HU', 'dang-quy-che', 'HU'],
    ['31 - HD/BTCTW', '31', 'HD/BTCTW', 'dang-huong-dan', 'BTCTW'],
    ['Số: 66-QĐ/TW', '66', 'QĐ/TW', 'dang-quyet-dinh', 'TW'],
    ['12-QĐi/TU', '12', 'QĐi/TU', 'dang-quy-dinh', 'TU'],
    ['07-TT/TW', '07', 'TT/TW', 'dang-thong-tri', 'TW'],
  ])('%s', (text, codeNumber, codeNotation, typeCode, issuer) => {
    const v = read(text);
    expect(v).toMatchObject({
      system: 'party',
      codeNumber,
      codeNotation,
      typeCode,
      issuerAbbreviation: issuer,
      printed: `${codeNumber}-${codeNotation}`,
    });
    expect(v.notes).toEqual([]);
  });

  it('keeps an unknown Party type abbreviation and flags it for the clerk', () => {
    const v = read('03-XYZ/HU');
    expect(v).toMatchObject({ system: 'party', codeNumber: '03', codeNotation: 'XYZ/HU' });
    expect(v.typeCode).toBeUndefined();
    expect(v.notes[0]?.code).toBe('UNKNOWN_PARTY_TYPE');
    expect(v.notes[0]?.message).toContain('XYZ');
  });

  it('keeps the State and Party tables apart: TT is Thông tư for the State, Thông tri for the Party', () => {
    expect(read('01/2021/TT-BNV')).toMatchObject({ system: 'state', typeAbbreviation: 'TT', year: 2021 });
    expect(read('01-TT/TW')).toMatchObject({ system: 'party', typeCode: 'dang-thong-tri' });
    expect(read('05/QyĐ-UBND')).toMatchObject({ system: 'state', typeCode: 'quy-dinh' });
  });
});

describe('readSoKyHieu — State forms still pass', () => {
  it.each([
    ['30/2020/NĐ-CP', '30', '2020/NĐ-CP'],
    ['45/UBND-VP', '45', 'UBND-VP'],
    ['36a/NQ-CP', '36a', 'NQ-CP'],
    ['Số: 15/QĐ-BNV', '15', 'QĐ-BNV'],
    ['12 / QĐ – UBND-VP', '12', 'QĐ-UBND-VP'],
  ])('%s', (text, codeNumber, codeNotation) => {
    const v = read(text);
    expect(v).toMatchObject({ system: 'state', codeNumber, codeNotation, printed: `${codeNumber}/${codeNotation}` });
  });

  it('passes on the pattern check of a doubtful State symbol as a note', () => {
    expect(read('12/CV-UBND').notes.map((n) => n.code)).toContain('UNOFFICIAL_ABBREVIATION');
  });
});

describe('readSoKyHieu — anything else is kept as printed, never refused', () => {
  it.each(['Ref. 2026/ABC', 'không số', 'No 12 of 2026', '0/QĐ-UBND', 'QĐ-UBND'])('%s', (text) => {
    const v = read(text);
    expect(v.system).toBe('unparsed');
    expect(v.codeNumber).toBeNull();
    expect(v.codeNotation).toBeNull();
    expect(v.printed.length).toBeGreaterThan(0);
    expect(v.notes[0]?.code).toBe('UNPARSED');
  });

  it('refuses only empty and over-long text', () => {
    expect(readSoKyHieu('  Số:  ')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(readSoKyHieu('1'.repeat(20) + '/' + 'A'.repeat(30))).toMatchObject({ ok: false, error: { code: 'TOO_LONG' } });
  });
});

describe('readSoKyHieuParts', () => {
  it('joins CodeNumber + CodeNotation in the form that parses', () => {
    const r = readSoKyHieuParts('19', 'QC/HU');
    expect(r.ok && r.value).toMatchObject({ system: 'party', printed: '19-QC/HU', codeNumber: '19', codeNotation: 'QC/HU' });
    const s = readSoKyHieuParts('45', 'UBND-VP');
    expect(s.ok && s.value).toMatchObject({ system: 'state', printed: '45/UBND-VP' });
    const u = readSoKyHieuParts('12', 'foo bar/baz qux');
    expect(u.ok && u.value.system).toBe('unparsed');
  });
});

describe('formatPartySoKyHieu', () => {
  it('writes "Số 01-CV/HU" with a leading zero below 10 and no colon', () => {
    expect(formatPartySoKyHieu({ number: 1, typeAbbreviation: 'CV', issuerAbbreviation: 'HU' }, { prefix: true })).toBe('Số 01-CV/HU');
    expect(formatPartySoKyHieu({ number: 125, typeAbbreviation: 'CV', issuerAbbreviation: 'HU' })).toBe('125-CV/HU');
    expect(read(formatPartySoKyHieu({ number: 19, typeAbbreviation: 'QC', issuerAbbreviation: 'VPHU' }))).toMatchObject({
      system: 'party',
      typeCode: 'dang-quy-che',
    });
    expect(() => formatPartySoKyHieu({ number: 0, typeAbbreviation: 'CV', issuerAbbreviation: 'HU' })).toThrow(RangeError);
  });
});

describe('document kinds', () => {
  it('has the 25 Party types and 8 papers, apart from the State table', () => {
    expect(PARTY_DOCUMENT_TYPES).toHaveLength(25);
    expect(PARTY_PAPERS).toHaveLength(8);
    expect(findPartyTypeByAbbreviation('TT')?.name).toBe('Thông tri');
    expect(resolveDocumentKind('TT')?.name).toBe('Thông tư');
    expect(resolveDocumentKind('QyĐ')?.code).toBe('quy-dinh');
  });

  it('resolves the everyday types clerks receive', () => {
    expect(resolveDocumentKind('Đơn')?.group).toBe('other');
    expect(resolveDocumentKind('Luật')?.group).toBe('legal');
    expect(resolveDocumentKind('Thông tri')?.code).toBe('thong-tri');
    expect(resolveDocumentKind('Quy chế', { preferParty: true })?.code).toBe('dang-quy-che');
    expect(resolveDocumentKind('Quy chế')?.code).toBe('quy-che');
    expect(
      resolveDocumentKind('Sổ tay', { custom: [{ code: 'x-so-tay', name: 'Sổ tay', abbreviation: 'ST', group: 'custom' }] })?.code,
    ).toBe('x-so-tay');
    expect(resolveDocumentKind('Thư tình')).toBeUndefined();
  });

  it('searches by name or abbreviation', () => {
    const found = builtInDocumentKinds().filter((k) => kindMatches(k, 'nghi dinh'));
    expect(found.map((k) => k.code)).toContain('nghi-dinh');
    expect(
      builtInDocumentKinds()
        .filter((k) => kindMatches(k, 'qc'))
        .map((k) => k.code),
    ).toEqual(['quy-che', 'dang-quy-che']);
  });
});
