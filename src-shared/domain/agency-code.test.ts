import { describe, expect, it } from 'vitest';
import { checkAgencyCode } from './agency-code';

describe('checkAgencyCode', () => {
  it('recognises the QCVN 102 shape', () => {
    expect(checkAgencyCode('000.00.00.H41')).toEqual({ ok: true, code: '000.00.00.H41', kind: 'qcvn102' });
    expect(checkAgencyCode(' 000.46.24.h44 ')).toEqual({ ok: true, code: '000.46.24.H44', kind: 'qcvn102' });
  });

  it('accepts QĐ 20 and hub codes of other lengths', () => {
    expect(checkAgencyCode('28.22.H17')).toMatchObject({ ok: true, kind: 'qd20' });
    expect(checkAgencyCode('H37.DN.001')).toMatchObject({ ok: true, kind: 'qd20' });
  });

  it('rejects a four-group code that misses the QCVN 102 shape, naming the shape', () => {
    const r = checkAgencyCode('000.00.0.H41');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('LLL.KK.JJ.XNN');
  });

  it('rejects empty, too long, lowercase-with-diacritics and stray dots', () => {
    expect(checkAgencyCode('  ').ok).toBe(false);
    expect(checkAgencyCode('A'.repeat(36)).ok).toBe(false);
    expect(checkAgencyCode('UBND-HÀ NỘI').ok).toBe(false);
    expect(checkAgencyCode('000..H41').ok).toBe(false);
  });
});
