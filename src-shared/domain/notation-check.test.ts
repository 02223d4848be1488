import { describe, expect, it } from 'vitest';
import { checkNotationPattern, type NotationPatternCheck } from './notation-check';

function codes(r: NotationPatternCheck): string[] {
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe('checkNotationPattern', () => {
  it('accepts notations that follow the ND30 pattern', () => {
    for (const n of [
      'QĐ-UBND',
      'QyĐ-UBND',
      'QYĐ-UBND',
      'UBND-VP',
      'BC-SNgV-VP',
      'TTr-UBND',
      '2020/NĐ-CP',
      '2019/QH14',
      'SY-UBND',
      'QĐ – UBND',
    ]) {
      expect(checkNotationPattern(n), n).toEqual({ ok: true });
    }
  });

  it('flags an OCR reading that lost its hyphen', () => {
    const r = checkNotationPattern('HDANN');
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['SINGLE_GROUP']);
    expect(!r.ok && r.reason).toMatch(/gạch nối/);
  });

  it('flags stale Thông tư 01/2011 abbreviations with the current one', () => {
    const r = checkNotationPattern('UQ-UBND');
    expect(codes(r)).toEqual(['OUTDATED_ABBREVIATION']);
    expect(!r.ok && r.reason).toContain('GUQ');
    expect(codes(checkNotationPattern('TTh-UBND'))).toEqual(['OUTDATED_ABBREVIATION']);
    expect(codes(checkNotationPattern('TS-UBND'))).toEqual(['OUTDATED_ABBREVIATION']);
  });

  it('flags invented abbreviations for công văn', () => {
    expect(codes(checkNotationPattern('CV-UBND'))).toEqual(['UNOFFICIAL_ABBREVIATION']);
  });

  it('flags lower-case groups, numeric groups and wrongly-cased type abbreviations', () => {
    expect(codes(checkNotationPattern('qđ-ubnd'))).toEqual(['LOWERCASE_GROUP', 'LOWERCASE_GROUP']);
    expect(codes(checkNotationPattern('QĐ-123'))).toEqual(['NUMERIC_GROUP']);
    const r = checkNotationPattern('Qđ-UBND');
    expect(codes(r)).toEqual(['TYPE_CASE']);
    expect(!r.ok && r.reason).toContain('"QĐ"');
  });

  it('flags a Nghị định symbol without a year', () => {
    expect(codes(checkNotationPattern('NĐ-CP'))).toEqual(['MISSING_YEAR']);
  });

  it('reports structural errors as issues', () => {
    expect(codes(checkNotationPattern(''))).toEqual(['MISSING_NOTATION']);
    expect(codes(checkNotationPattern('QĐ--UBND'))).toEqual(['EMPTY_GROUP']);
    expect(codes(checkNotationPattern('QĐ-UB*ND'))).toEqual(['INVALID_CHARACTER']);
    expect(codes(checkNotationPattern(`QĐ-${'X'.repeat(30)}`))).toEqual(['CODE_NOTATION_TOO_LONG']);
  });
});
