/**
 * Signing end to end on a real SoftHSM2 token through the app's router (and the built CLI):
 * the leader signs a decision (number and date stamped), the văn thư applies the agency seal,
 * then an attachment, an electronic copy with a B-T timestamp, an always-authenticate key and a
 * batch. Every signature is cross-checked by pdfsig (NSS) and `openssl cms -verify -cades`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src-main/app/create-app';
import type { SignResult } from '../../src-shared/contracts/signing.contract';
import { ROOT, runVanthu, testApp } from '../support/app-harness';
import { appendixPdf, decisionPdf, LEADER_NAME, sealPng, signaturePng } from '../support/signing-fixtures';
import { extractSignatures, opensslVerify, pdfsig, renderPage, setupSoftHsm, startTsa, type TestToken } from '../support/softhsm';
import { needTools, SIGNING_TOOLS } from '../support/tools';

const tools = needTools(...SIGNING_TOOLS, 'qpdf');

describe.skipIf(tools.skip)(tools.title('signing: leader, agency seal, attachments, copies (SoftHSM2)'), () => {
  let tk: TestToken;
  let app: App & { dataDirPath: string };
  let dir: string;
  let files: { decision: string; appendix: string; sig: string; seal: string };
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await app.router.call(name, input, { transport: 'direct' });
    if (!r.ok) throw new Error(`${name}: ${r.error.kind} ${r.error.message}`);
    return r.value as T;
  };
  const tokenRef = (keyId: string) => ({ modulePath: tk.module, token: tk.token, keyId, pin: tk.pin });
  /** signing.sign with key `keyId` of the test token. */
  const sign = (keyId: string, input: Record<string, unknown>) => call<SignResult>('signing.sign', { ...tokenRef(keyId), ...input });
  const checkExternally = (file: string, expected: number) => {
    const bytes = fs.readFileSync(file);
    const ps = pdfsig(file, tk.nssdb);
    expect(ps.signatures, ps.raw).toHaveLength(expected);
    for (const s of ps.signatures) expect(s.valid && s.trusted, s.text).toBe(true);
    expect(ps.signatures[expected - 1]!.total).toBe(true);
    const sigs = extractSignatures(bytes);
    expect(sigs).toHaveLength(expected);
    for (const s of sigs) {
      const v = opensslVerify(s, tk.pki, { cades: true });
      expect(v.ok, v.output).toBe(true);
    }
  };

  beforeAll(async () => {
    tk = setupSoftHsm();
    app = testApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-sign-'));
    files = {
      decision: path.join(dir, 'quyet-dinh.pdf'),
      appendix: path.join(dir, 'phu-luc.pdf'),
      sig: path.join(dir, 'chu-ky.png'),
      seal: path.join(dir, 'con-dau.png'),
    };
    fs.writeFileSync(files.decision, await decisionPdf());
    fs.writeFileSync(files.appendix, await appendixPdf());
    fs.writeFileSync(files.sig, await signaturePng());
    fs.writeFileSync(files.seal, await sealPng());
  }, 120_000);
  afterAll(() => {
    app?.close();
    for (const d of [tk?.work, dir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('leader signs (number and date stamped), văn thư seals: both valid here, in pdfsig and in openssl; seal over the left third', async () => {
    const leaderOut = path.join(dir, 'quyet-dinh.lanh-dao.pdf');
    const sealedOut = path.join(dir, 'quyet-dinh.ban-hanh.pdf');
    const leader = await sign('02', {
      inputPath: files.decision,
      outputPath: leaderOut,
      appearance: { kind: 'signer', imagePath: files.sig },
      number: '05/QĐ-UBND',
      issuedDate: '2026-03-05',
    });
    expect(leader).toMatchObject({ signer: LEADER_NAME, numberStamped: true, level: 'B-B', fieldName: 'Signature1' });
    expect(leader.verification.problems.filter((p) => !p.includes('tin cậy') && !p.includes('cấp trên'))).toEqual([]);

    const sealed = await sign('01', {
      inputPath: leaderOut,
      outputPath: sealedOut,
      appearance: { kind: 'seal', imagePath: files.seal },
    });
    expect(sealed).toMatchObject({ signer: 'Ủy ban nhân dân xã Tân Phú', fieldName: 'Signature2', page: leader.page });
    // Phụ lục I.II.8.a: the seal covers about the left third of the signer image.
    const s = leader.rect;
    const seal = sealed.rect;
    expect(seal.x + seal.width).toBeCloseTo(s.x + s.width / 3, 1);
    expect(seal.y + seal.height / 2).toBeCloseTo(s.y + s.height / 2, 1);
    expect(seal.width).toBeCloseTo(36 * (72 / 25.4), 0); // real size from the PNG's pHYs

    const v = await call<{
      allValid: boolean;
      signatures: Array<{ verdict: string; signer: string; coversWholeFile: boolean; chainTrusted: boolean }>;
    }>('signing.verify', { path: sealedOut, trustDirs: [tk.trustDir] });
    expect(v.signatures.map((x) => [x.verdict, x.signer, x.coversWholeFile])).toEqual([
      ['VALID_WITH_LATER_SIGNATURES', LEADER_NAME, false],
      ['VALID', 'Ủy ban nhân dân xã Tân Phú', true],
    ]);
    expect(v.allValid).toBe(true);
    checkExternally(sealedOut, 2);

    const shots = path.join(ROOT, 'test-results', 'signing');
    fs.mkdirSync(shots, { recursive: true });
    const png = renderPage(sealedOut, leader.page, path.join(shots, 'leader-then-seal'));
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);

    const text = fs.readFileSync(sealedOut);
    expect(text.includes(Buffer.from('/SubFilter /ETSI.CAdES.detached'))).toBe(true);
    // The PIN never reaches a log line.
    const logs = (app.logger as unknown as { lines: string[] }).lines.join('\n');
    expect(logs).toContain('document signed');
    expect(logs).not.toContain(tk.pin);
  });

  it('a PDF with a cross-reference stream (object streams, as Word exports) gets a matching increment; qpdf agrees', async () => {
    const src = path.join(dir, 'xref-stream.pdf');
    fs.writeFileSync(src, await decisionPdf({ objectStreams: true }));
    const first = path.join(dir, 'xref-stream.1.pdf');
    const second = path.join(dir, 'xref-stream.2.pdf');
    await sign('02', {
      inputPath: src,
      outputPath: first,
      appearance: { kind: 'signer', imagePath: files.sig },
    });
    await sign('01', {
      inputPath: first,
      outputPath: second,
      appearance: { kind: 'seal', imagePath: files.seal },
    });
    const tail = fs.readFileSync(second).subarray(fs.statSync(first).size).toString('latin1');
    expect(tail).toContain('/Type /XRef');
    expect(tail).not.toMatch(/\nxref\n/);
    const v = await call<{ signatures: Array<{ verdict: string }> }>('signing.verify', { path: second, trustDirs: [tk.trustDir] });
    expect(v.signatures.map((x) => x.verdict)).toEqual(['VALID_WITH_LATER_SIGNATURES', 'VALID']);
    checkExternally(second, 2);
    const qpdf = spawnSync('qpdf', ['--check', second], { encoding: 'utf8' });
    expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
  });

  it('attachment in a separate file: number and time top right of page 1, no image', async () => {
    const out = path.join(dir, 'phu-luc.ky.pdf');
    const r = await sign('01', {
      inputPath: files.appendix,
      outputPath: out,
      appearance: { kind: 'attachment' },
      number: '05/QĐ-UBND',
    });
    expect(r.page).toBe(1);
    expect(r.rect.x + r.rect.width).toBeGreaterThan(595 - 60);
    expect(r.rect.y + r.rect.height).toBeGreaterThan(841 - 40);
    checkExternally(out, 1);
    renderPage(out, 1, path.join(ROOT, 'test-results', 'signing', 'attachment'));
  });

  it('electronic copy (SAO Y) with a B-T timestamp from a local openssl ts responder', async () => {
    const tsa = await startTsa(tk.pki);
    try {
      const out = path.join(dir, 'ban-sao.pdf');
      const r = await sign('01', {
        inputPath: files.decision,
        outputPath: out,
        appearance: { kind: 'copy', copyForm: 'SAO Y' },
        tsaUrl: tsa.url,
      });
      expect(r.level).toBe('B-T');
      expect(tsa.requests).toBe(1);
      const v = await call<{ signatures: Array<{ verdict: string; timeSource: string; level: string; timestamp?: { valid: boolean } }> }>(
        'signing.verify',
        {
          path: out,
          trustDirs: [tk.trustDir],
        },
      );
      expect(v.signatures[0]).toMatchObject({ verdict: 'VALID', timeSource: 'timestamp', level: 'PAdES-B-T', timestamp: { valid: true } });
      checkExternally(out, 1);
      renderPage(out, 1, path.join(ROOT, 'test-results', 'signing', 'copy'));
    } finally {
      await tsa.close();
    }
  });

  it('TSA unreachable: signs B-B and says so', async () => {
    const out = path.join(dir, 'ban-sao-offline.pdf');
    const r = await sign('01', {
      inputPath: files.decision,
      outputPath: out,
      appearance: { kind: 'copy', copyForm: 'TRÍCH SAO' },
      tsaUrl: 'http://127.0.0.1:9/tsa',
    });
    expect(r.level).toBe('B-B');
    expect(r.warnings.join(' ')).toContain('B-B');
  });

  it('a key that demands the PIN for every signature (CKA_ALWAYS_AUTHENTICATE) signs a batch with one PIN entry; a bad document does not stop the batch', async () => {
    const bad = path.join(dir, 'hong.pdf');
    fs.writeFileSync(bad, fs.readFileSync(files.appendix).subarray(0, 5000));
    const outs = [0, 1, 2].map((i) => path.join(dir, `lo-${i}.pdf`));
    const events: unknown[] = [];
    const unsubscribe = app.events.subscribe((name, payload) => name === 'signing.batchProgressed' && events.push(payload));
    const r = await call<{ signed: number; failed: number; results: Array<{ ok: boolean; error?: { kind: string; message: string } }> }>(
      'signing.signBatch',
      {
        ...tokenRef('04'),
        documents: [
          { inputPath: files.appendix, outputPath: outs[0], appearance: { kind: 'attachment' }, number: '06/QĐ-UBND' },
          { inputPath: bad, outputPath: outs[1], appearance: { kind: 'attachment' }, number: '06/QĐ-UBND' },
          { inputPath: files.decision, outputPath: outs[2], appearance: { kind: 'copy' } },
        ],
      },
    );
    unsubscribe();
    expect(r).toMatchObject({ signed: 2, failed: 1 });
    expect(r.results[1]).toMatchObject({ ok: false, error: { kind: 'Validation' } });
    expect(r.results[1]!.error!.message).toContain('cắt cụt');
    expect(fs.existsSync(outs[1]!)).toBe(false);
    expect(events).toHaveLength(3);
    checkExternally(outs[0]!, 1);
    checkExternally(outs[2]!, 1);
  });

  it('trust import: official certificates only by pinned fingerprint; an administrator root then makes verify work without --trust', async () => {
    const official = path.join(ROOT, 'tests', 'fixtures', 'trust');
    const pinned = await call<{ accepted: Array<{ commonName: string; role: string }>; rejected: Array<{ reason: string }> }>(
      'signing.importTrust',
      {
        paths: fs
          .readdirSync(official)
          .filter((f) => f.endsWith('.pem'))
          .map((f) => path.join(official, f)),
      },
    );
    expect(pinned.accepted.map((a) => a.commonName)).toContain('RootCA chuyên dùng Chính phủ G2');
    expect(pinned.rejected.length).toBeGreaterThan(0); // the single-source 2025 NEAC roots wait for confirmation
    const lookalike = await call<{ accepted: unknown[]; rejected: unknown[] }>('signing.importTrust', {
      paths: [path.join(tk.pki, 'root.pem')],
    });
    expect(lookalike).toMatchObject({ accepted: [], rejected: [{}] });
    const out = path.join(dir, 'trust-check.pdf');
    await sign('01', {
      inputPath: files.appendix,
      outputPath: out,
      appearance: { kind: 'attachment' },
      number: '08/QĐ-UBND',
    });
    const before = await call<{ signatures: Array<{ verdict: string }> }>('signing.verify', { path: out });
    expect(before.signatures[0]!.verdict).toBe('UNTRUSTED_CHAIN');
    await call('signing.importTrust', { paths: [path.join(tk.pki, 'root.pem')], asUserAnchor: true });
    const after = await call<{ signatures: Array<{ verdict: string }> }>('signing.verify', { path: out });
    expect(after.signatures[0]!.verdict).toBe('VALID');
  });

  it('CLI: vanthu sign then vanthu verify --json (exit 0), tampered copy exits 10', () => {
    const env = { VANTHU_TEST_PIN: tk.pin, SOFTHSM2_CONF: tk.env.SOFTHSM2_CONF! };
    const out = path.join(dir, 'cli.pdf');
    const sign = runVanthu(
      [
        '--data',
        app.dataDirPath,
        'sign',
        files.appendix,
        '--out',
        out,
        '--module',
        tk.module,
        '--token',
        tk.token,
        '--key-id',
        '01',
        '--pin-env',
        'VANTHU_TEST_PIN',
        '--appearance',
        'attachment',
        '--number',
        '07/QĐ-UBND',
        '--json',
      ],
      env,
    );
    expect(sign.code, sign.stderr).toBe(0);
    expect(sign.json()).toMatchObject({ fieldName: 'Signature1', level: 'B-B' });
    const verify = runVanthu(['--data', app.dataDirPath, 'verify', out, '--trust', tk.trustDir, '--json'], env);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.json()).toMatchObject({ allValid: true, signatures: [{ verdict: 'VALID', coversWholeFile: true }] });
    const bytes = fs.readFileSync(out);
    bytes[200] = bytes[200]! ^ 0x01;
    const tampered = path.join(dir, 'cli-tampered.pdf');
    fs.writeFileSync(tampered, bytes);
    expect(runVanthu(['--data', app.dataDirPath, 'verify', tampered, '--trust', tk.trustDir, '--json'], env).code).toBe(10);
    const noPin = runVanthu(
      [
        '--data',
        app.dataDirPath,
        'sign',
        files.appendix,
        '--out',
        out + '2',
        '--module',
        tk.module,
        '--token',
        tk.token,
        '--pin-env',
        'NO_SUCH_VAR',
        '--appearance',
        'attachment',
      ],
      env,
    );
    expect(noPin.code).toBe(2);
    expect(noPin.stderr).toContain('NO_SUCH_VAR');
  });
});
