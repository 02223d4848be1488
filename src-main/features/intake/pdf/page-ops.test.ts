import { describe, expect, it } from 'vitest';
import type { IntakePage } from '../../../../src-shared/contracts/intake.contract';
import { deletePages, insertPages, movePages, reorderPages, rotatePages, splitPages } from './page-ops';
import { pageSizePt } from './assemble';

const page = (id: string): IntakePage => ({
  id,
  kind: 'image',
  source: id,
  pdfPage: null,
  thumb: null,
  widthPx: 1654,
  heightPx: 2339,
  dpi: 200,
  rotation: 0,
  colorMode: 'color',
  origin: 'test',
  addedAt: '',
});
const ids = (ps: IntakePage[]) => ps.map((p) => p.id).join('');
const abcd = ['a', 'b', 'c', 'd'].map(page);

describe('page editor operations', () => {
  it('reorders only with every page listed once', () => {
    expect(ids(reorderPages(abcd, ['d', 'c', 'b', 'a']))).toBe('dcba');
    expect(() => reorderPages(abcd, ['a', 'b'])).toThrow(/đủ 4 trang/);
    expect(() => reorderPages(abcd, ['a', 'b', 'c', 'x'])).toThrow(/Không có trang x/);
  });
  it('rotates by quarter turns, losslessly (a number, not pixels)', () => {
    const r = rotatePages(rotatePages(abcd, ['b'], 270), ['b'], 180);
    expect(r[1]!.rotation).toBe(90);
    expect(r[0]!.rotation).toBe(0);
  });
  it('deletes, moves, inserts and replaces', () => {
    expect(ids(deletePages(abcd, ['b', 'c']))).toBe('ad');
    expect(ids(movePages(abcd, ['d'], 'a'))).toBe('dabc');
    expect(ids(movePages(abcd, ['a', 'c'], null))).toBe('bdac');
    expect(ids(insertPages(abcd, [page('x')], { before: 'c' }))).toBe('abxcd');
    expect(ids(insertPages(abcd, [page('x'), page('y')], { replace: 'b' }))).toBe('axycd');
    expect(ids(insertPages(abcd, [page('x')], {}))).toBe('abcdx');
  });
  it('splits into documents at the given first pages', () => {
    expect(splitPages(abcd, ['c']).map(ids)).toEqual(['ab', 'cd']);
    expect(splitPages(abcd, ['a', 'b', 'd']).map(ids)).toEqual(['a', 'bc', 'd']);
  });
  it('page size follows the scan resolution (100% scale): A4 at 200 dpi', () => {
    const s = pageSizePt(1654, 2339, 200);
    expect(s.w).toBeCloseTo(595.4, 0);
    expect(s.h).toBeCloseTo(842.0, 0);
  });
});

describe('1-bit packing', () => {
  it('packs rows MSB first, 1 = white, padding the last byte', async () => {
    const { packBits } = await import('./page-image');
    const row = [0, 255, 255, 0, 0, 0, 0, 255, 255, 0];
    expect([...packBits(Buffer.from([...row, ...row]), 10, 2)]).toEqual([0b01100001, 0b10000000, 0b01100001, 0b10000000]);
  });
});
