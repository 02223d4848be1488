import { describe, expect, it } from 'vitest';
import { buildMatchQuery, indexText } from './search-query';

describe('search query', () => {
  it('folds case, diacritics and đ, and makes the last word a prefix', () => {
    expect(buildMatchQuery('Quyết ĐỊNH ubnd')).toBe('"quyet" AND "dinh" AND "ubnd"*');
    expect(buildMatchQuery('quyet dinh ')).toBe('"quyet" AND "dinh"');
  });
  it('treats old and new tone placement alike', () => {
    expect(buildMatchQuery('hoà')).toBe(buildMatchQuery('hòa'));
    expect(buildMatchQuery('uỷ ban')).toBe(buildMatchQuery('ủy ban'));
  });
  it('splits số/ký hiệu on punctuation and quotes FTS operators', () => {
    expect(buildMatchQuery('30/2020/NĐ-CP')).toBe('"30" AND "2020" AND "nd" AND "cp"*');
    expect(buildMatchQuery('an NOT "bo')).toBe('"an" AND "not" AND "bo"*');
    expect(buildMatchQuery(' /-. ')).toBeNull();
  });
  it('expands a prefix longer than the prefix index into exact terms', () => {
    const vocab = ['quyen', 'quyet', 'ubnd'];
    const expand = (p: string, limit: number) => vocab.filter((t) => t.startsWith(p)).slice(0, limit);
    expect(buildMatchQuery('quy che quye', expand)).toBe('"quy" AND "che" AND ("quyen" OR "quyet")');
    expect(buildMatchQuery('ubnd', expand)).toBe('"ubnd"');
    expect(buildMatchQuery('ub', expand)).toBe('"ub"*');
    expect(buildMatchQuery('zzzz', expand)).toBe('"zzzz"');
    const many = (p: string, limit: number) => Array.from({ length: limit }, (_, i) => `${p}${i}`);
    expect(buildMatchQuery('nghi', many)).toBe('"nghi"*');
  });
  it('ignores a single trailing letter still being typed, but keeps a lone digit', () => {
    expect(buildMatchQuery('chuyen doi s')).toBe('"chuyen" AND "doi"');
    expect(buildMatchQuery('so 5')).toBe('"so" AND "5"');
    expect(buildMatchQuery('s')).toBe('"s"');
  });
  it('index text is the folded tokens of every part', () => {
    expect(indexText(['15/QĐ-UBND', null, 'Uỷ ban nhân dân'])).toBe('15 qd ubnd uy ban nhan dan');
  });
});
