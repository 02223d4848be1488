import { describe, expect, it } from 'vitest';
import * as domain from './index';

describe('domain public API', () => {
  it('re-exports every module through one entry point', () => {
    const expected = [
      'checkAgencyCode',
      'foldVietnamese',
      'foldTokens',
      'toNfc',
      'findDocumentTypeByCode',
      'findDocumentTypeByAbbreviation',
      'findDocumentTypeByName',
      'parseSoKyHieu',
      'formatSoKyHieu',
      'formatCodeNumber',
      'composeCodeNotation',
      'checkNotationPattern',
      'checkAbbreviationGroup',
      'isStateSecret',
      'urgencyFromEdxmlPriority',
      'vnYear',
      'vnDate',
      'toVnIso',
      'formatDdMmYyyy',
      'formatNgayThangNam',
      'parseIsoDate',
    ] as const;
    for (const name of expected) expect(typeof (domain as Record<string, unknown>)[name], name).toBe('function');
    expect(domain.DOCUMENT_TYPES).toHaveLength(29);
    expect(domain.Urgency.HoaToc).toBe('hoa-toc');
    expect(domain.CODE_NUMBER_MAX_LENGTH).toBe(11);
    expect(domain.CODE_NOTATION_MAX_LENGTH).toBe(30);
  });
});
