import { describe, expect, it } from 'vitest';
import { ScanErrorCodeSchema, ScanResultSchema } from '../../../../src-shared/contracts/intake.contract';
import { SCAN_ERROR_TEXTS } from '../../../../src-shared/contracts/intake-scan-errors';
import { intakeEn } from '../../../../src-renderer/i18n/intake.en';
import { intakeVi } from '../../../../src-renderer/i18n/intake.vi';
import { ScanError } from './scanner-source';

describe('scan error codes: one enum, one set of texts', () => {
  it('every code has a Vietnamese and an English sentence, used by the main process and the UI alike', () => {
    for (const code of ScanErrorCodeSchema.options) {
      const t = SCAN_ERROR_TEXTS[code];
      expect(t.vi).toMatch(/\.$/);
      expect(t.en).toMatch(/\.$/);
      expect(new ScanError(code).message).toBe(t.vi);
      expect(new ScanError(code, { detail: 'sheet 2' }).message).toBe(`${t.vi.slice(0, -1)}: sheet 2`);
      expect((intakeVi.scanError as Record<string, string>)[code]).toBe(t.vi);
      expect((intakeEn.scanError as Record<string, string>)[code]).toBe(t.en);
    }
  });

  it("as an AppError a scan error is keyed scan.<CODE>, its message the ScanError's, its kind per code", () => {
    const kinds = Object.fromEntries(ScanErrorCodeSchema.options.map((code) => [code, new ScanError(code).toAppError().kind]));
    // One code of each family: busy or jammed → Conflict (try again once free), unreachable → Offline,
    // a transfer error → Internal, settings or an empty feeder → Validation; every code has one.
    expect(kinds).toMatchObject({
      JAMMED: 'Conflict',
      BUSY: 'Conflict',
      NO_DEVICE: 'Offline',
      TIMEOUT: 'Offline',
      IO: 'Internal',
      FEEDER_EMPTY: 'Validation',
    });
    expect(Object.values(kinds).every((k) => ['Conflict', 'Offline', 'Internal', 'Validation'].includes(k))).toBe(true);
    for (const detail of [undefined, 'sheet 2']) {
      const e = new ScanError('JAMMED', detail === undefined ? {} : { detail });
      expect(e.toAppError().toData()).toMatchObject({
        message: e.message,
        code: 'scan.JAMMED',
        params: { detail: detail === undefined ? '.' : ': sheet 2' },
      });
    }
  });

  it('a scan result carrying a code outside the enum breaks the contract', () => {
    const batch = {
      id: 'b',
      status: 'open',
      title: null,
      createdAt: 'x',
      updatedAt: 'x',
      owner: null,
      pages: [],
      warnings: [],
      lastError: null,
      output: null,
    };
    expect(ScanResultSchema.safeParse({ batch, added: 0, end: 'error', error: { code: 'JAMMED', message: 'Kẹt giấy.' } }).success).toBe(
      true,
    );
    expect(ScanResultSchema.safeParse({ batch, added: 0, end: 'error', error: { code: 'PAPER_JAM', message: 'x' } }).success).toBe(false);
  });
});
