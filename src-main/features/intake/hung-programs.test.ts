/**
 * Every external program of the intake pipeline is under the runner's watchdog: a NAPS2, a
 * MpCmdRun and a tesseract that hang (fake POSIX scripts in their place) end within their bound
 * with the message the clerk needs, instead of keeping the batch busy forever.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefenderScanner } from './av/defender';
import { createTesseractCli } from './ocr/tesseract-cli';
import { createNaps2Source } from './scanner/naps2-source';
import { isScanError } from './scanner/scanner-source';

function fakeProgram(body: string): { bin: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-hung-'));
  const bin = path.join(dir, 'fake');
  fs.writeFileSync(bin, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return { bin, dir };
}

describe.skipIf(process.platform === 'win32')('hung external programs', () => {
  it('NAPS2 that says one line and then nothing: "Máy quét không phản hồi" after the idle bound', async () => {
    const { bin, dir } = fakeProgram('echo "Scanning page 1 of 5"\nexec sleep 600');
    const source = createNaps2Source({ binary: bin, idleTimeoutMs: 1000, pollMs: 100 });
    const t0 = Date.now();
    let error: unknown;
    try {
      for await (const ev of source.scan(
        {
          deviceId: 'wia:Canon DR-C225',
          source: 'adf',
          colorMode: 'gray',
          dpi: 200,
          areaMm: { w: 210, h: 297 },
          workDir: path.join(dir, 'work'),
        },
        new AbortController().signal,
      )) {
        expect(ev.type).not.toBe('page');
      }
    } catch (err) {
      error = err;
    }
    expect(isScanError(error) && error.code).toBe('TIMEOUT');
    expect((error as Error).message).toMatch(/^Máy quét không phản hồi trong thời gian chờ: không nhận được dữ liệu nào trong 1 giây/);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it('a Defender scan that never ends is an AV error naming the wait, not a hang', async () => {
    const { bin, dir } = fakeProgram('exec sleep 600');
    const file = path.join(dir, 'van-ban.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n');
    const r = await createDefenderScanner({ binary: bin, timeoutMs: 1000 }).scanFile(file);
    expect(r.verdict).toBe('error');
    expect(r.raw).toMatch(/Windows Defender không phản hồi sau 1 giây/);
    expect(r.ms).toBeLessThan(15_000);
  });

  it('a tesseract that never ends fails the page with an OCR message, not a hang', async () => {
    const { bin } = fakeProgram('exec sleep 600');
    const ocr = createTesseractCli({ binary: bin, timeoutMs: 1000 });
    await expect(ocr.recognize({ image: Buffer.from('not read'), dpi: 200, textLayer: false })).rejects.toThrow(
      /^Nhận dạng chữ \(tesseract\) không phản hồi sau 1 giây/,
    );
  });
});
