import { describe, expect, it } from 'vitest';
import type { StoredFile } from '../../../src-shared/contracts/files.contract';
import { filledCount, toPrefill } from './prefill';

const file: StoredFile = {
  sha256: 'a'.repeat(64),
  size: 1000,
  mediaType: 'application/pdf',
  pageCount: 3,
  textChars: 0,
  originalName: 'x.pdf',
  createdAt: '2026-01-01T00:00:00+07:00',
  created: true,
};

describe('toPrefill', () => {
  it('joins số and ký hiệu, maps the signer, keeps the file and the page count', () => {
    const p = toPrefill(file, {
      fields: {
        CodeNumber: '1048',
        CodeNotation: 'QĐ-SNgV',
        IssuedDate: '2016-11-22',
        OrganName: 'SỞ NGOẠI VỤ',
        TypeName: 'Quyết định',
        Subject: 'Ban hành Quy chế',
        SignerName: 'Nguyễn Tân',
      },
      confidence: { CodeNumber: 0.95, CodeNotation: 0.55, IssuedDate: 0.9, OrganName: 0.8, TypeName: 0.97, Subject: 0.9, SignerName: 0.6 },
      flags: [{ field: 'CodeNotation', code: 'X', message: 'Ký hiệu lạ' }],
    });
    expect(p.values).toMatchObject({
      SoKyHieu: '1048/QĐ-SNgV',
      SignerInfo: { FullName: 'Nguyễn Tân' },
      PageAmount: 3,
      FileSha256: file.sha256,
      Medium: 'giay',
    });
    expect(p.confidence.SoKyHieu).toBe(0.55);
    expect(p.flags).toEqual([{ field: 'SoKyHieu', message: 'Ký hiệu lạ' }]);
    expect(filledCount(p)).toBe(6);
  });

  it('joins a Party reading in the Party form: 19 + QC/HU → 19-QC/HU', () => {
    const p = toPrefill(file, {
      fields: {
        CodeNumber: '19',
        CodeNotation: 'QC/HU',
        IssuedDate: '2024-09-16',
        OrganName: 'HUYỆN ỦY KIM ĐỘNG',
        TypeName: 'Quy chế',
        Subject: 'Quản lý',
        SignerName: null,
      },
      confidence: { CodeNumber: 0.95, CodeNotation: 0.92 },
      flags: [],
    });
    expect(p.values.SoKyHieu).toBe('19-QC/HU');
  });

  it('without OCR only the file, the page count and the medium are set', () => {
    const p = toPrefill(file, null);
    expect(p.values).toEqual({ Medium: 'giay', PageAmount: 3, FileSha256: file.sha256 });
    expect(filledCount(p)).toBe(0);
  });
});
