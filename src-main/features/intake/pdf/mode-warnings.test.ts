import { describe, expect, it } from 'vitest';
import { modeWarnings } from './assemble';

describe('modeWarnings', () => {
  it('counts low-resolution scanned images, not pages copied from a PDF (72 is points, not dpi)', () => {
    const pages = [
      { kind: 'pdf' as const, dpi: 72, colorMode: 'color' as const },
      { kind: 'image' as const, dpi: 150, colorMode: 'color' as const },
      { kind: 'image' as const, dpi: 200, colorMode: 'color' as const },
    ];
    expect(modeWarnings('color', pages)).toEqual([
      '1 trang có độ phân giải dưới 200 dpi, thấp hơn yêu cầu tối thiểu của Phụ lục I Nghị định 30/2020.',
    ]);
    expect(modeWarnings('color', pages.slice(0, 1))).toEqual([]);
  });
});
