import { describe, expect, it } from 'vitest';
import { initArgs, runVanthu } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';

describe('vanthu hanxuly', () => {
  it('shows and saves the default deadlines, one value at a time, refusing a bad number', () => {
    const dir = tempDataDir('vanthu-hanxuly-');
    const v = (args: string[]) => runVanthu(['--data', dir, ...args], { VANTHU_NOW: '2026-03-05T02:00:00Z' });
    expect(v(initArgs()).code).toBe(0);
    expect(v(['hanxuly', '--json']).json()).toEqual({ soonWorkingDays: 2, defaultWorkingDays: null, byUrgency: {}, byTypeCode: {} });
    expect(v(['hanxuly', '--mac-dinh', '10', '--hoa-toc', '1', '--loai', 'CV=7', '--json']).json()).toEqual({
      soonWorkingDays: 2,
      defaultWorkingDays: 10,
      byUrgency: { 'hoa-toc': 1 },
      byTypeCode: { CV: 7 },
    });
    expect(v(['hanxuly', '--sap-den-han', '3', '--loai', 'CV=none', '--json']).json()).toEqual({
      soonWorkingDays: 3,
      defaultWorkingDays: 10,
      byUrgency: { 'hoa-toc': 1 },
      byTypeCode: {},
    });
    const bad = v(['hanxuly', '--khan', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--khan');
    expect(v(['hanxuly', '--json']).json()).toMatchObject({ soonWorkingDays: 3 });
  });
});
