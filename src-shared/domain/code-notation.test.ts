import { describe, expect, it } from 'vitest';
import { composeCodeNotation, formatCodeNumber, formatSoKyHieu, parseSoKyHieu, type SoKyHieu } from './code-notation';

function parsed(text: string): SoKyHieu {
  const r = parseSoKyHieu(text);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function errorCode(text: string): string {
  const r = parseSoKyHieu(text);
  if (r.ok) throw new Error(`expected "${text}" to fail, got ${JSON.stringify(r.value)}`);
  expect(r.error.message.length).toBeGreaterThan(10);
  return r.error.code;
}

describe('parseSoKyHieu — valid forms', () => {
  it('reads type-issuer notations', () => {
    expect(parsed('123/QĐ-UBND')).toEqual({
      codeNumber: '123',
      number: 123,
      codeNotation: 'QĐ-UBND',
      typeAbbreviation: 'QĐ',
      documentTypeCode: 'quyet-dinh',
      issuerAbbreviation: 'UBND',
    });
  });

  it('reads công văn notations (no type): issuer and unit', () => {
    expect(parsed('45/UBND-VP')).toEqual({
      codeNumber: '45',
      number: 45,
      codeNotation: 'UBND-VP',
      issuerAbbreviation: 'UBND',
      unitAbbreviation: 'VP',
    });
    expect(parsed('Số: 05/BNV-VP')).toMatchObject({ codeNumber: '05', number: 5, issuerAbbreviation: 'BNV', unitAbbreviation: 'VP' });
  });

  it('reads legal normative documents with the year', () => {
    expect(parsed('30/2020/NĐ-CP')).toEqual({
      codeNumber: '30',
      number: 30,
      codeNotation: '2020/NĐ-CP',
      year: 2020,
      typeAbbreviation: 'NĐ',
      issuerAbbreviation: 'CP',
    });
    expect(parsed('45/2019/QH14')).toMatchObject({ year: 2019, issuerAbbreviation: 'QH14' });
    const qd = parsed('01/2021/QĐ-UBND');
    expect(qd.typeAbbreviation).toBe('QĐ');
    // A year marks a legal normative decision, not the administrative "Quyết định (cá biệt)".
    expect(qd.documentTypeCode).toBeUndefined();
  });

  it('reads the examples printed in Phụ lục I ("Số: 15/QĐ-BNV; Số: 05/BNV-VP; Số: 12/UBND-VX")', () => {
    const [qd, cv1, cv2] = 'Số: 15/QĐ-BNV; Số: 05/BNV-VP; Số: 12/UBND-VX'.split('; ').map(parsed);
    expect(qd).toMatchObject({ number: 15, typeAbbreviation: 'QĐ', issuerAbbreviation: 'BNV' });
    expect(cv1).toMatchObject({ codeNumber: '05', issuerAbbreviation: 'BNV', unitAbbreviation: 'VP' });
    expect(cv1?.typeAbbreviation).toBeUndefined();
    expect(cv2).toMatchObject({ number: 12, issuerAbbreviation: 'UBND', unitAbbreviation: 'VX' });
  });

  it('reads multi-group notations', () => {
    expect(parsed('12/QĐ-UBND-VP')).toMatchObject({ typeAbbreviation: 'QĐ', issuerAbbreviation: 'UBND', unitAbbreviation: 'VP' });
    expect(parsed('05/BC-SNgV-VP')).toMatchObject({
      typeAbbreviation: 'BC',
      documentTypeCode: 'bao-cao',
      issuerAbbreviation: 'SNgV',
      unitAbbreviation: 'VP',
    });
    expect(parsed('12/QĐ-UBND-VP-TH')).toMatchObject({ typeAbbreviation: 'QĐ', issuerAbbreviation: 'UBND', unitAbbreviation: 'VP-TH' });
    expect(parsed('7/UBND-VP-TH')).toMatchObject({ issuerAbbreviation: 'UBND', unitAbbreviation: 'VP-TH' });
  });

  it('accepts the "Số:" prefix in its spellings', () => {
    for (const t of ['Số: 123/QĐ-UBND', 'Số 123/QĐ-UBND', 'SỐ:123/QĐ-UBND', 'số : 123/QĐ-UBND', 'So: 123/QĐ-UBND', 'Số123/QĐ-UBND']) {
      expect(parsed(t).codeNotation, t).toBe('QĐ-UBND');
      expect(parsed(t).codeNumber, t).toBe('123');
    }
  });

  it('normalises spaces, en/em dashes, full-width and decomposed characters', () => {
    for (const t of [
      '123 / QĐ - UBND',
      '123/QĐ–UBND',
      '123/QĐ—UBND',
      '１２３／ＱĐ－ＵＢＮＤ',
      '123/QĐ-UBND'.normalize('NFD'),
      '\u00a0123/QĐ-UBND.',
      '123/QÐ-UBND', // eth look-alike
    ]) {
      const v = parsed(t);
      expect(v.codeNumber, t).toBe('123');
      expect(v.codeNotation, t).toBe('QĐ-UBND');
      expect(v.documentTypeCode, t).toBe('quyet-dinh');
    }
  });

  it('recognises type abbreviations printed in capitals and returns the table spelling', () => {
    expect(parsed('12/QYĐ-UBND')).toMatchObject({ typeAbbreviation: 'QyĐ', documentTypeCode: 'quy-dinh', codeNotation: 'QYĐ-UBND' });
    expect(parsed('12/TTR-UBND')).toMatchObject({ typeAbbreviation: 'TTr', documentTypeCode: 'to-trinh' });
  });

  it('recognises copy symbols', () => {
    expect(parsed('05/SY-UBND')).toMatchObject({ typeAbbreviation: 'SY', copyFormCode: 'sao-y', issuerAbbreviation: 'UBND' });
    expect(parsed('06/TrS-UBND')).toMatchObject({ typeAbbreviation: 'TrS', copyFormCode: 'trich-sao' });
  });

  it('lets the agency say which first groups are issuers (Cục Thuế "CT" is not Chỉ thị)', () => {
    expect(parsed('123/CT-TTHT').typeAbbreviation).toBe('CT');
    const r = parseSoKyHieu('123/CT-TTHT', { issuerAbbreviations: ['CT'] });
    expect(r.ok && r.value).toMatchObject({ issuerAbbreviation: 'CT', unitAbbreviation: 'TTHT' });
    expect(r.ok && r.value.typeAbbreviation).toBeUndefined();
  });

  it('accepts exactly 11 digits and 30 notation characters (Phụ lục VI limits)', () => {
    expect(parsed('12345678901/QĐ-UBND').codeNumber).toBe('12345678901');
    const notation30 = 'QĐ-' + 'A'.repeat(27);
    expect(notation30).toHaveLength(30);
    expect(parsed(`1/${notation30}`).codeNotation).toBe(notation30);
  });

  it('round-trips through formatSoKyHieu', () => {
    for (const t of ['123/QĐ-UBND', '05/UBND-VP', '30/2020/NĐ-CP', '12/QĐ-UBND-VP', '05/BC-SNgV-VP', '7/BNN&PTNT-KH']) {
      const v = parsed(t);
      expect(formatSoKyHieu(v)).toBe(t);
      expect(parsed(formatSoKyHieu(v))).toEqual(v);
    }
  });
});

describe('parseSoKyHieu — errors', () => {
  it('reports empty input', () => {
    expect(errorCode('')).toBe('EMPTY');
    expect(errorCode('   ')).toBe('EMPTY');
    expect(errorCode('Số:')).toBe('EMPTY');
  });

  it('reports a missing number', () => {
    expect(errorCode('/QĐ-UBND')).toBe('MISSING_NUMBER');
    expect(errorCode('Số: /QĐ-UBND')).toBe('MISSING_NUMBER');
    expect(errorCode('QĐ-UBND')).toBe('MISSING_NUMBER');
  });

  it('reports a missing slash between number and notation', () => {
    expect(errorCode('123 QĐ-UBND')).toBe('MISSING_SLASH');
    expect(errorCode('123QĐ-UBND')).toBe('MISSING_SLASH');
  });

  it('reports a non-numeric number', () => {
    expect(errorCode('12a/QĐ-UBND')).toBe('NUMBER_NOT_NUMERIC');
    expect(errorCode('XII/QĐ-UBND')).toBe('NUMBER_NOT_NUMERIC');
    expect(errorCode('1 2/QĐ-UBND')).toBe('NUMBER_NOT_NUMERIC');
  });

  it('reports number zero', () => {
    expect(errorCode('00/QĐ-UBND')).toBe('NUMBER_ZERO');
  });

  it('reports a number longer than 11 characters', () => {
    const r = parseSoKyHieu('123456789012/QĐ-UBND');
    expect(!r.ok && r.error.code).toBe('CODE_NUMBER_TOO_LONG');
    expect(!r.ok && r.error.message).toContain('11');
  });

  it('reports an empty notation', () => {
    expect(errorCode('123/')).toBe('MISSING_NOTATION');
    expect(errorCode('123')).toBe('MISSING_NOTATION');
    expect(errorCode('30/2020/')).toBe('MISSING_NOTATION');
  });

  it('reports a notation longer than 30 characters', () => {
    const r = parseSoKyHieu(`1/QĐ-${'A'.repeat(28)}`);
    expect(!r.ok && r.error.code).toBe('CODE_NOTATION_TOO_LONG');
    expect(!r.ok && r.error.message).toContain('30');
  });

  it('reports empty groups and invalid characters', () => {
    expect(errorCode('12/QĐ--UBND')).toBe('EMPTY_GROUP');
    expect(errorCode('12/QĐ-')).toBe('EMPTY_GROUP');
    expect(errorCode('12/-UBND')).toBe('EMPTY_GROUP');
    expect(errorCode('12/QĐ-UB ND')).toBe('INVALID_CHARACTER');
    expect(errorCode('12/QĐ-UBND (bản sao)')).toBe('INVALID_CHARACTER');
    expect(errorCode('12/QĐ_UBND')).toBe('INVALID_CHARACTER');
  });

  it('reports misplaced slashes and impossible years', () => {
    expect(errorCode('12/QĐ/UBND')).toBe('UNEXPECTED_SLASH');
    expect(errorCode('12/2020/2021/NĐ-CP')).toBe('UNEXPECTED_SLASH');
    expect(errorCode('12/2202/NĐ-CP')).toBe('INVALID_YEAR');
  });

  it('names the Party numbering form instead of mis-reading it', () => {
    expect(errorCode('Số 66-QĐ/TW')).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('formatCodeNumber', () => {
  it('adds a leading zero below 10 only', () => {
    expect(formatCodeNumber(1)).toBe('01');
    expect(formatCodeNumber(5)).toBe('05');
    expect(formatCodeNumber(9)).toBe('09');
    expect(formatCodeNumber(10)).toBe('10');
    expect(formatCodeNumber(123)).toBe('123');
    expect(formatCodeNumber(99_999_999_999)).toBe('99999999999');
  });

  it('refuses numbers that cannot be a document number', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Infinity, 100_000_000_000]) {
      expect(() => formatCodeNumber(n), String(n)).toThrow(RangeError);
    }
  });
});

describe('composeCodeNotation', () => {
  it('composes type-agency, type-agency-unit and công văn agency-unit', () => {
    expect(composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: 'UBND' })).toBe('QĐ-UBND');
    expect(composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: 'UBND', unitAbbreviation: 'VP' })).toBe('QĐ-UBND-VP');
    expect(composeCodeNotation({ typeAbbreviation: null, agencyAbbreviation: 'UBND', unitAbbreviation: 'VP' })).toBe('UBND-VP');
    expect(composeCodeNotation({ typeAbbreviation: 'TTr', agencyAbbreviation: 'SNgV' })).toBe('TTr-SNgV');
  });

  it('keeps the table mixed case and NFC-normalises', () => {
    expect(composeCodeNotation({ typeAbbreviation: 'QyĐ'.normalize('NFD'), agencyAbbreviation: 'UBND' })).toBe('QyĐ-UBND');
  });

  it('produces text that parses back to the same parts', () => {
    const notation = composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: 'UBND', unitAbbreviation: 'VP' });
    const text = formatSoKyHieu({ codeNumber: 5, codeNotation: notation }, { prefix: true });
    expect(text).toBe('Số: 05/QĐ-UBND-VP');
    expect(parseSoKyHieu(text)).toEqual({
      ok: true,
      value: {
        codeNumber: '05',
        number: 5,
        codeNotation: 'QĐ-UBND-VP',
        typeAbbreviation: 'QĐ',
        documentTypeCode: 'quyet-dinh',
        issuerAbbreviation: 'UBND',
        unitAbbreviation: 'VP',
      },
    });
  });

  it('throws on empty or malformed groups and over-long results', () => {
    expect(() => composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: '' })).toThrow(RangeError);
    expect(() => composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: 'UB ND' })).toThrow(RangeError);
    expect(() => composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: 'UBND/VP' })).toThrow(RangeError);
    expect(() => composeCodeNotation({ typeAbbreviation: 'QĐ', agencyAbbreviation: 'A'.repeat(28) })).toThrow(RangeError);
  });
});
