import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { scanEndNotice } from './scan-notice';

const t = ((key: string, o?: Record<string, unknown>) => (o ? `${key} ${JSON.stringify(o)}` : key)) as unknown as TFunction;
const batch = (n: number) => ({ pages: Array.from({ length: n }) });

describe('scanEndNotice', () => {
  it('the feeder running empty is the normal end of a batch', () => {
    expect(scanEndNotice(t, { added: 4, end: 'feeder-empty', error: null, batch: batch(4) })).toMatchObject({
      type: 'success',
      text: 'intake.end.feederEmpty {"count":4}',
    });
    expect(scanEndNotice(t, { added: 2, end: 'error', error: { code: 'FEEDER_EMPTY', message: 'x' }, batch: batch(2) }).type).toBe(
      'success',
    );
  });

  it('an empty feeder before any page is a warning to load paper', () => {
    expect(scanEndNotice(t, { added: 0, end: 'error', error: { code: 'FEEDER_EMPTY', message: 'x' }, batch: batch(0) })).toMatchObject({
      type: 'warning',
      text: 'intake.scanError.FEEDER_EMPTY',
    });
  });

  it('a typed error is worded by the UI, keeps the device detail and says the pages stay', () => {
    const n = scanEndNotice(t, { added: 1, end: 'error', error: { code: 'JAMMED', message: 'Kẹt giấy: sheet 2' }, batch: batch(3) });
    expect(n).toEqual({ type: 'error', text: 'intake.scanError.JAMMED intake.end.keep {"count":3}', detail: 'Kẹt giấy: sheet 2' });
    expect(scanEndNotice(t, { added: 0, end: 'error', error: { code: 'WEIRD', message: '?' }, batch: batch(0) }).text).toBe(
      'intake.scanError.other',
    );
  });
});
