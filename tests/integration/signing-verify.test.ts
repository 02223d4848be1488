/**
 * The verifier against tampered and untrustworthy signatures, each one also judged by pdfsig and
 * openssl: a flipped byte, content appended after signing, a look-alike CA with the same names,
 * an expired certificate, the wrong key, a certificate swapped in the CMS; and the trust store's
 * pins against the real Ban Cơ yếu / NEAC certificates committed in tests/fixtures/trust.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src-main/core/logger';
import { signPdf } from '../../src-main/features/signing/pdf/sign-pdf';
import { readTextItems } from '../../src-main/features/signing/pdf/text-layer';
import { createPkcs11TokenProvider } from '../../src-main/features/signing/token/pkcs11-token.adapter';
import type { TokenSession } from '../../src-main/features/signing/token/token-provider';
import { buildTrustStore, loadPins, type TrustStore } from '../../src-main/features/signing/trust/trust-store';
import { buildChain } from '../../src-main/features/signing/verify/cert-chain';
import { certificatesFromFile, parseCertificate } from '../../src-main/features/signing/verify/certs';
import { verifyPdf } from '../../src-main/features/signing/verify/pdf-verifier';
import { ROOT } from '../support/app-harness';
import { decisionPdf, signaturePng } from '../support/signing-fixtures';
import { selfSignedCert } from '../support/openssl';
import { extractSignatures, opensslVerify, pdfsig, setupSoftHsm, type TestToken } from '../support/softhsm';
import { needTools, SIGNING_TOOLS } from '../support/tools';

const tools = needTools(...SIGNING_TOOLS);
const opensslCli = needTools('openssl');
const FIXTURE_TRUST = path.join(ROOT, 'tests', 'fixtures', 'trust');
const pins = loadPins(path.join(ROOT, 'resources'));
const fonts = {
  regular: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Regular.ttf')),
  italic: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Italic.ttf')),
};
const pem = (file: string) => certificatesFromFile(new Uint8Array(fs.readFileSync(file)))[0]!;

describe.skipIf(tools.skip)(tools.title('signing: verdicts on tampered and untrusted signatures (SoftHSM2)'), () => {
  let tk: TestToken;
  let session: TokenSession;
  let trust: TrustStore;
  let dir: string;
  let unsigned: Uint8Array;
  let sig: Uint8Array;

  /** Signs with key `id` of the token, bypassing the service's certificate checks (to build bad fixtures). */
  const signWith = async (
    bytes: Uint8Array,
    id: string,
    override?: { certificate?: Uint8Array; sign?: (tbs: Uint8Array) => Promise<Uint8Array> },
  ) => {
    const s = session.signer(id);
    const r = await signPdf({
      bytes,
      label: 'test.pdf',
      signer: {
        certificate: override?.certificate ?? s.certificate,
        chain: [pem(path.join(tk.pki, 'sub.pem'))],
        keyAlgorithm: s.keyAlgorithm,
        sign: override?.sign ?? ((tbs) => s.sign(tbs)),
      },
      signingTime: new Date(),
      appearance: { kind: 'attachment', number: '09/QĐ-UBND' },
      fonts,
      appVersion: 'test',
      readText: readTextItems,
    });
    return r.bytes;
  };
  const verdicts = async (bytes: Uint8Array) => (await verifyPdf(bytes, trust, new Date())).map((r) => r.verdict);
  const save = (name: string, bytes: Uint8Array) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    return f;
  };

  beforeAll(async () => {
    tk = setupSoftHsm();
    session = await createPkcs11TokenProvider({ logger: silentLogger }).open(tk.module, tk.token);
    await session.login(tk.pin);
    trust = buildTrustStore({ pins, userAnchors: [pem(path.join(tk.pki, 'root.pem'))] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-verify-'));
    unsigned = await decisionPdf();
    sig = await signaturePng();
  }, 120_000);
  afterAll(() => {
    session?.close();
    for (const d of [tk?.work, dir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('an untouched agency signature is VALID everywhere', async () => {
    const signed = await signWith(unsigned, '01');
    expect(await verdicts(signed)).toEqual(['VALID']);
    const f = save('ok.pdf', signed);
    expect(pdfsig(f, tk.nssdb).signatures[0]).toMatchObject({ valid: true, trusted: true, total: true });
    expect(opensslVerify(extractSignatures(signed)[0]!, tk.pki, { cades: true }).ok).toBe(true);
  });

  it('one byte flipped inside the signed range -> INVALID_DIGEST (pdfsig and openssl agree)', async () => {
    const signed = Buffer.from(await signWith(unsigned, '01'));
    const streamAt = signed.indexOf('stream\n') + 40; // inside a compressed content stream: still a parseable PDF
    signed[streamAt] = signed[streamAt]! ^ 0xff;
    expect(await verdicts(signed)).toEqual(['INVALID_DIGEST']);
    const f = save('flipped.pdf', signed);
    expect(pdfsig(f, tk.nssdb).signatures[0]!.valid).toBe(false);
    expect(opensslVerify(extractSignatures(signed)[0]!, tk.pki).ok).toBe(false);
  });

  it('content appended after signing -> MODIFIED_AFTER_SIGNING, which pdfsig and openssl cannot see', async () => {
    const signed = await signWith(unsigned, '01');
    const doc = await PDFDocument.load(signed, { forIncrementalUpdate: true, updateMetadata: false });
    doc.getPage(0).drawText('DA SUA', { x: 200, y: 400, size: 40, color: rgb(1, 0, 0) });
    const modified = await doc.save({ useObjectStreams: false });
    const reports = await verifyPdf(modified, trust, new Date());
    expect(reports.map((r) => r.verdict)).toEqual(['MODIFIED_AFTER_SIGNING']);
    expect(reports[0]!.problems.join(' ')).toContain('Trang 1');
    const ps = pdfsig(save('appended.pdf', modified), tk.nssdb).signatures[0]!;
    expect(ps.valid).toBe(true); // signing.md pitfall 10: pdfsig only drops "Total document signed"
    expect(ps.total).toBe(false);
    expect(opensslVerify(extractSignatures(modified)[0]!, tk.pki, { cades: true }).ok).toBe(true);
  });

  it('a look-alike CA with the same names -> UNTRUSTED_CHAIN (pdfsig: issuer unknown; openssl: no local issuer)', async () => {
    const signed = await signWith(unsigned, '07', { certificate: undefined });
    const reports = await verifyPdf(signed, trust, new Date());
    expect(reports[0]).toMatchObject({ verdict: 'UNTRUSTED_CHAIN', chainTrusted: false });
    expect(pdfsig(save('lookalike.pdf', signed), tk.nssdb).signatures[0]!.trusted).toBe(false);
    const o = opensslVerify(extractSignatures(signed)[0]!, tk.pki, { cades: true });
    expect(o.ok).toBe(false);
  });

  it('an expired certificate -> EXPIRED (pdfsig and openssl: expired)', async () => {
    const signed = await signWith(unsigned, '05');
    expect(await verdicts(signed)).toEqual(['EXPIRED']);
    expect(pdfsig(save('expired.pdf', signed), tk.nssdb).raw).toMatch(/Expired/i);
    expect(opensslVerify(extractSignatures(signed)[0]!, tk.pki).output).toMatch(/expired/i);
  });

  it('signed by another key than the certificate says -> INVALID_SIGNATURE', async () => {
    const other = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const signed = await signWith(unsigned, '01', { sign: async (tbs) => new Uint8Array(crypto.sign('sha256', tbs, other)) });
    expect(await verdicts(signed)).toEqual(['INVALID_SIGNATURE']);
    expect(pdfsig(save('wrong-key.pdf', signed), tk.nssdb).signatures[0]!.valid).toBe(false);
    expect(opensslVerify(extractSignatures(signed)[0]!, tk.pki).ok).toBe(false);
  });

  it('certificate swapped in the CMS (same key, same names and serial, rogue issuer) -> INVALID_SIGNATURE via ESS', async () => {
    const signed = Buffer.from(await signWith(unsigned, '01'));
    const good = Buffer.from(pem(path.join(tk.pki, 'agency.pem')));
    const rogue = Buffer.from(pem(path.join(tk.pki, 'rogue-swap.pem')));
    expect(rogue.length).toBe(good.length); // same shape: a byte-for-byte swap inside /Contents
    const hexAt = signed.indexOf(good.toString('hex'), 0, 'latin1');
    expect(hexAt).toBeGreaterThan(0);
    signed.write(rogue.toString('hex'), hexAt, 'latin1');
    const reports = await verifyPdf(signed, trust, new Date());
    expect(reports[0]!.verdict).toBe('INVALID_SIGNATURE');
    expect(reports[0]!.problems.join(' ')).toContain('signingCertificateV2');
    const ex = extractSignatures(signed)[0]!;
    expect(opensslVerify(ex, tk.pki, { cades: true, caFile: path.join(tk.pki, 'rogue-root.pem') }).output).toMatch(/ess|certificate/i);
    expect(opensslVerify(ex, tk.pki, { cades: true, caFile: path.join(tk.pki, 'rogue-root.pem') }).ok).toBe(false);
  });

  it('leader (EC) then agency (RSA) on the same PDF: VALID_WITH_LATER_SIGNATURES then VALID', async () => {
    const s1 = session.signer('02');
    const first = await signPdf({
      bytes: unsigned,
      label: 'qd.pdf',
      signer: {
        certificate: s1.certificate,
        chain: [pem(path.join(tk.pki, 'sub.pem'))],
        keyAlgorithm: s1.keyAlgorithm,
        sign: (t) => s1.sign(t),
      },
      signingTime: new Date(),
      appearance: { kind: 'signer', image: sig, signerName: 'Nguyễn Văn Thử' },
      fonts,
      appVersion: 'test',
      readText: readTextItems,
    });
    const both = await signWith(first.bytes, '01');
    expect(await verdicts(both)).toEqual(['VALID_WITH_LATER_SIGNATURES', 'VALID']);
    const ps = pdfsig(save('both.pdf', both), tk.nssdb).signatures;
    expect(ps.map((s) => s.valid && s.trusted)).toEqual([true, true]);
    for (const s of extractSignatures(both)) expect(opensslVerify(s, tk.pki, { cades: true }).ok).toBe(true);
  });

  it('a broken /ByteRange is MALFORMED, not a crash', async () => {
    const signed = Buffer.from(await signWith(unsigned, '01'));
    const at = signed.indexOf('/ByteRange [0 ');
    signed.write('/ByteRange [9 ', at, 'latin1');
    expect(await verdicts(signed)).toEqual(['MALFORMED']);
  });
});

describe.skipIf(opensslCli.skip)(opensslCli.title('trust store: pinned Vietnamese CA certificates'), () => {
  it('accepts the official certificates whose fingerprints are pinned, refuses unpinned and unconfirmed ones', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-pins-'));
    for (const f of fs.readdirSync(FIXTURE_TRUST).filter((n) => n.endsWith('.pem')))
      fs.copyFileSync(path.join(FIXTURE_TRUST, f), path.join(work, f));
    selfSignedCert({ out: path.join(work, 'fake-root.pem'), days: 30, subj: '/CN=RootCA chuyên dùng Chính phủ G2', utf8: true });
    const store = buildTrustStore({ pins, pinnedDirs: [work] });
    const names = store.anchors.map((c) => c.commonName);
    expect(names).toEqual(
      expect.arrayContaining([
        'RootCA chuyên dùng Chính phủ G2',
        'Co quan chung thuc so chuyen dung Chinh phu (RootCA)',
        'Vietnam National Root CA',
      ]),
    );
    expect(store.intermediates.map((c) => c.commonName)).toEqual(
      expect.arrayContaining(['CA phục vụ các cơ quan Nhà nước G2', 'Co quan chung thuc so Chinh phu']),
    );
    const rejected = store.rejected.map((r) => path.basename(r.file));
    expect(rejected).toContain('fake-root.pem'); // same name as the G2 root, different fingerprint
    expect(rejected).toContain('vnrca-usbtoken.pem'); // single public source: needs confirmation
    expect(store.anchors.some((c) => c.commonName === 'VIETNAM NATIONAL ROOT CA - USBTOKEN')).toBe(false);
  });

  it('the G1 chain is SHA-1 signed: accepted for its pinned CA certificates only', () => {
    const store = buildTrustStore({ pins, pinnedDirs: [FIXTURE_TRUST] });
    const cpG1 = parseCertificate(pem(path.join(FIXTURE_TRUST, 'cp-g1.pem')));
    expect(cpG1.signatureAlgorithm).toBe('1.2.840.113549.1.1.5');
    expect(buildChain(cpG1, [], store, new Date('2026-01-01T00:00:00Z')).trusted).toBe(true);
    const cpG2 = parseCertificate(pem(path.join(FIXTURE_TRUST, 'cpg2.pem')));
    expect(buildChain(cpG2, [], store, new Date('2026-01-01T00:00:00Z')).trusted).toBe(true);
    // A SHA-1 certificate that is not a pinned G1 CA is refused even under a trusted root.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-sha1-'));
    const key = path.join(work, 'k.pem');
    selfSignedCert({ out: path.join(work, 'root.pem'), keyout: key, days: 30, subj: '/CN=Test SHA1 Root' });
    execFileSync(
      'openssl',
      ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', '/dev/null', '-out', path.join(work, 'ee.csr'), '-subj', '/CN=SHA1 leaf'],
      { stdio: 'pipe' },
    );
    const issue = ['x509', '-req', '-in', path.join(work, 'ee.csr'), '-CA', path.join(work, 'root.pem'), '-CAkey', key];
    execFileSync('openssl', [...issue, '-CAcreateserial', '-sha1', '-days', '10', '-out', path.join(work, 'ee.pem')], { stdio: 'pipe' });
    const sha1Store = buildTrustStore({ pins, userAnchors: [pem(path.join(work, 'root.pem'))] });
    const leaf = parseCertificate(pem(path.join(work, 'ee.pem')));
    const r = buildChain(leaf, [], sha1Store, new Date());
    expect(r.trusted).toBe(false);
    expect(r.problems.join(' ')).toContain('SHA-1');
  });
});
