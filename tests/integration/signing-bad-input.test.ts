/**
 * Bad input gets a clear error and leaves nothing behind: encrypted, truncated and broken-xref PDFs,
 * a certifying signature that forbids changes, a 3,000-page PDF, certificates that must not sign,
 * a certificate stored with the wrong key, an existing output, a number line already filled, and a
 * token pulled out in the middle of a batch (the batch goes on and reports each document).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src-main/app/create-app';
import { createPkcs11TokenProvider } from '../../src-main/features/signing/token/pkcs11-token.adapter';
import type { TokenProvider } from '../../src-main/features/signing/token/token-provider';
import { memoryLogger } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { appendixPdf, decisionPdf, signaturePng } from '../support/signing-fixtures';
import { setupSoftHsm, type TestToken } from '../support/softhsm';
import { needTools, SIGNING_TOOLS } from '../support/tools';

const tools = needTools(...SIGNING_TOOLS, 'qpdf');

/** The same PNG without its pHYs chunk: it no longer says how large it really is. */
function stripPhys(png: Buffer): Buffer {
  const parts = [png.subarray(0, 8)];
  for (let off = 8; off < png.length;) {
    const len = png.readUInt32BE(off);
    if (png.toString('latin1', off + 4, off + 8) !== 'pHYs') parts.push(png.subarray(off, off + 12 + len));
    off += 12 + len;
  }
  return Buffer.concat(parts);
}

describe.skipIf(tools.skip)(tools.title('signing: bad input (SoftHSM2)'), () => {
  let tk: TestToken;
  let app: App;
  let dir: string;
  let good: Buffer;
  const sign = (input: string, extra: Record<string, unknown> = {}, keyId = '01') =>
    app.router.call(
      'signing.sign',
      {
        modulePath: tk.module,
        token: tk.token,
        keyId,
        pin: tk.pin,
        inputPath: input,
        outputPath: path.join(dir, 'out.pdf'),
        appearance: { kind: 'attachment' },
        number: '05/QĐ-UBND',
        ...extra,
      },
      { transport: 'direct' },
    );
  const write = (name: string, bytes: Uint8Array) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    return f;
  };
  const expectNothingWritten = () => {
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('out') || f.includes('.tmp'))).toEqual([]);
  };

  beforeAll(async () => {
    tk = setupSoftHsm();
    app = createApp({ dataDir: tempDataDir() }, { logger: memoryLogger() });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bad-'));
    good = Buffer.from(await appendixPdf());
  }, 120_000);
  afterAll(() => {
    app?.close();
    for (const d of [tk?.work, dir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it.each([
    [
      'encrypted',
      () => {
        const src = write('plain.pdf', good);
        execFileSync('qpdf', ['--encrypt', 'u', 'o', '256', '--', src, path.join(dir, 'enc.pdf')]);
        return path.join(dir, 'enc.pdf');
      },
      'mã hóa',
    ],
    ['truncated', () => write('cut.pdf', good.subarray(0, good.length - 800)), 'cắt cụt'],
    [
      'broken xref',
      () => {
        const b = Buffer.from(good);
        const at = b.indexOf('xref\n0 ') + 'xref\n0 '.length;
        const line = b.indexOf('0000000000 65535 f', at);
        b.write('0000000999', line + 20, 'latin1'); // object 1 now points at the middle of nowhere
        return write('xref.pdf', b);
      },
      'xref',
    ],
    ['not a PDF', () => write('note.pdf', Buffer.from('Kính gửi: Ủy ban nhân dân xã')), '%PDF'],
  ])('%s PDF -> Validation, nothing written', async (_name, make, text) => {
    const r = await sign(make());
    expect(r).toMatchObject({ ok: false, error: { kind: 'Validation' } });
    expect((r as { error: { message: string } }).error.message).toContain(text);
    expectNothingWritten();
  });

  it('a certifying signature that forbids changes (DocMDP P=1) -> Conflict', async () => {
    const doc = await PDFDocument.load(good);
    const ctx = doc.context;
    const sigRef = ctx.register(
      ctx.obj({
        Type: 'Sig',
        Reference: [{ Type: 'SigRef', TransformMethod: 'DocMDP', TransformParams: { Type: 'TransformParams', P: 1, V: '1.2' } }],
      }),
    );
    doc.catalog.set(PDFName.of('Perms'), ctx.obj({ DocMDP: sigRef }));
    const r = await sign(write('certified.pdf', await doc.save({ useObjectStreams: false })));
    expect(r).toMatchObject({ ok: false, error: { kind: 'Conflict', details: { reason: 'docmdp-no-changes' } } });
    expectNothingWritten();
  });

  it('a 3,000-page PDF -> Validation naming the page count and the limit', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3000; i++) doc.addPage([595, 842]).node.set(PDFName.of('UserUnit'), PDFNumber.of(1));
    const r = await sign(write('big.pdf', await doc.save({ useObjectStreams: false })));
    expect(r).toMatchObject({ ok: false, error: { kind: 'Validation', details: { reason: 'too-many-pages', pageCount: 3000 } } });
    expectNothingWritten();
  });

  it.each([
    ['05', 'expired certificate', 'certificate-expired'],
    ['06', 'certificate without digitalSignature/nonRepudiation', 'certificate-not-for-signing'],
    ['03', 'certificate stored with another key', 'key-certificate-mismatch'],
  ])('key %s (%s) -> refused before anything is written', async (keyId, _what, reason) => {
    const r = await sign(write('in.pdf', good), {}, keyId);
    expect(r).toMatchObject({ ok: false, error: { kind: 'Validation', details: { reason } } });
    expectNothingWritten();
  });

  it('an existing output is not overwritten without consent', async () => {
    const target = path.join(dir, 'exists.pdf');
    fs.writeFileSync(target, 'old');
    const r = await sign(write('in2.pdf', good), { outputPath: target });
    expect(r).toMatchObject({ ok: false, error: { kind: 'Conflict' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    fs.rmSync(target);
  });

  it('a number line that is already filled is not overwritten', async () => {
    const filled = write('filled.pdf', await decisionPdf({ numberLine: 'Số: 12/QĐ-UBND' }));
    const r = await sign(filled, { appearance: { kind: 'copy' } });
    expect(r).toMatchObject({ ok: false, error: { kind: 'Validation', details: { reason: 'number-already-filled' } } });
    expectNothingWritten();
  });

  it('placement that cannot be found is a clear error: no signer name in the text, no leader signature under the seal, seal PNG without DPI', async () => {
    const png = path.join(dir, 'img.png');
    fs.writeFileSync(png, await signaturePng());
    const noDpi = path.join(dir, 'nodpi.png');
    fs.writeFileSync(noDpi, stripPhys(fs.readFileSync(png)));
    const input = write('in3.pdf', good);
    expect(await sign(input, { appearance: { kind: 'signer', imagePath: png } }, '02')).toMatchObject({
      ok: false,
      error: { kind: 'Validation', details: { reason: 'signer-name-not-found' } },
    });
    expect(await sign(input, { appearance: { kind: 'seal', imagePath: png } })).toMatchObject({
      ok: false,
      error: { kind: 'Validation', details: { reason: 'no-signer-signature' } },
    });
    expect(await sign(input, { appearance: { kind: 'seal', imagePath: noDpi } })).toMatchObject({
      ok: false,
      error: { kind: 'Validation', details: { field: 'sealSizeMm' } },
    });
    expect(await sign(input, { appearance: { kind: 'seal', imagePath: write('fake.png', Buffer.from('GIF89a')) } })).toMatchObject({
      ok: false,
      error: { kind: 'Validation', details: { field: 'image' } },
    });
    expectNothingWritten();
  });

  it('the token pulled out mid-batch: earlier documents are signed, later ones fail clearly, the batch completes', async () => {
    const real = createPkcs11TokenProvider({ logger: memoryLogger() });
    let signatures = 0;
    // The SoftHSM token cannot be unplugged; this wrapper makes the second C_Sign fail the way a
    // removed USB token does (CKR_DEVICE_REMOVED), everything else is the real token.
    const unplugging: TokenProvider = {
      probe: (p) => real.probe(p),
      async open(p, t) {
        const s = await real.open(p, t);
        return {
          ...s,
          login: (pin) => s.login(pin),
          pinStatus: () => s.pinStatus(),
          close: () => s.close(),
          signer(id) {
            const signer = s.signer(id);
            return {
              ...signer,
              sign: async (data) => {
                if (++signatures >= 2) throw Object.assign(new Error('CKR_DEVICE_REMOVED:50'), { code: 0x32 });
                return signer.sign(data);
              },
            };
          },
        };
      },
    };
    const batchApp = createApp({ dataDir: tempDataDir() }, { logger: memoryLogger(), tokens: unplugging });
    try {
      const input = write('batch.pdf', good);
      const docs = [0, 1, 2].map((i) => ({
        inputPath: input,
        outputPath: path.join(dir, `batch-${i}.pdf`),
        appearance: { kind: 'attachment' },
        number: '05/QĐ-UBND',
      }));
      const r = await batchApp.router.call(
        'signing.signBatch',
        { modulePath: tk.module, token: tk.token, keyId: '01', pin: tk.pin, documents: docs },
        { transport: 'direct' },
      );
      expect(r.ok).toBe(true);
      const v = (
        r as { value: { signed: number; failed: number; results: Array<{ ok: boolean; error?: { kind: string; message: string } }> } }
      ).value;
      expect(v).toMatchObject({ signed: 1, failed: 2 });
      expect(v.results[1]).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
      expect(v.results[1]!.error!.message).toContain('rút ra');
      expect(fs.existsSync(path.join(dir, 'batch-0.pdf'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'batch-1.pdf'))).toBe(false);
    } finally {
      batchApp.close();
    }
  });
});
