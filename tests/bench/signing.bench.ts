/**
 * Signing benchmark (a plain script, not a timed test):
 *
 *   npx tsx tests/bench/signing.bench.ts [runs=10]
 *
 * Signs and verifies a 10-page text PDF and a 10 MB scanned-like PDF with the SoftHSM2 token
 * already logged in, and runs `openssl cms -sign` / `-verify` on the same bytes in the same run
 * (one SHA-256 over the file and one RSA-2048 private-key operation: the floor). Prints medians.
 * Issue 6 target: signing the 10 MB file within 3x of openssl's time.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src-main/core/logger';
import { signPdf } from '../../src-main/features/signing/pdf/sign-pdf';
import { readTextItems } from '../../src-main/features/signing/pdf/text-layer';
import { createPkcs11TokenProvider } from '../../src-main/features/signing/token/pkcs11-token.adapter';
import { buildTrustStore, loadPins } from '../../src-main/features/signing/trust/trust-store';
import { certificatesFromFile } from '../../src-main/features/signing/verify/certs';
import { verifyPdf } from '../../src-main/features/signing/verify/pdf-verifier';
import { decisionPdf, scannedPdf } from '../support/signing-fixtures';
import { cmsVerifyArgs } from '../support/openssl';
import { setupSoftHsm } from '../support/softhsm';

const ROOT = path.resolve(__dirname, '..', '..');
const RUNS = Number(process.argv[2] ?? 10);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
async function time(fn: () => unknown | Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}
const fmt = (xs: number[]) =>
  `${median(xs).toFixed(1).padStart(7)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;

async function main(): Promise<void> {
  const tk = setupSoftHsm();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));
  const fonts = {
    regular: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Regular.ttf')),
    italic: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Italic.ttf')),
  };
  const pem = (f: string) => certificatesFromFile(new Uint8Array(fs.readFileSync(path.join(tk.pki, f))))[0]!;
  const trust = buildTrustStore({ pins: loadPins(path.join(ROOT, 'resources')), userAnchors: [pem('root.pem')] });
  const session = await createPkcs11TokenProvider({ logger: silentLogger }).open(tk.module, tk.token);
  await session.login(tk.pin);
  const signer = session.signer('01');

  // openssl's floor: a software RSA-2048 key of the same size (the token's key cannot leave it).
  const key = path.join(work, 'k.pem');
  const cert = path.join(work, 'c.pem');
  spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=bench']);

  const docs: Array<[string, Uint8Array]> = [
    ['10-page text PDF', await decisionPdf({ pages: 10 })],
    ['10 MB scanned-like PDF', await scannedPdf(10, 10)],
  ];
  console.log(
    `vanthu signing benchmark — ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, Node ${process.version}, median of ${RUNS} after 1 warm-up`,
  );
  console.log(
    'token: SoftHSM2 (logged in), RSA-2048, CKM_RSA_PKCS over a SHA-256 DigestInfo; appearance: attachment text (Liberation Serif subset)\n',
  );
  for (const [name, bytes] of docs) {
    const file = path.join(work, `${name.replace(/\W+/g, '-')}.pdf`);
    fs.writeFileSync(file, bytes);
    let signed: Uint8Array = new Uint8Array();
    const sign = await time(async () => {
      const r = await signPdf({
        bytes,
        label: name,
        signer: {
          certificate: signer.certificate,
          chain: [pem('sub.pem')],
          keyAlgorithm: signer.keyAlgorithm,
          sign: (t) => signer.sign(t),
        },
        signingTime: new Date(),
        appearance: { kind: 'attachment', number: '05/QĐ-UBND' },
        fonts,
        appVersion: 'bench',
        readText: readTextItems,
      });
      signed = r.bytes;
    });
    const verify = await time(async () => {
      const reports = await verifyPdf(signed, trust, new Date());
      if (reports[0]?.verdict !== 'VALID') throw new Error(`verify: ${reports[0]?.verdict}`);
    });
    const hash = await time(() => crypto.createHash('sha256').update(bytes).digest());
    const tokenSign = await time(() => signer.sign(crypto.randomBytes(100)));
    const sigFile = path.join(work, 'sig.der');
    const osslSign = await time(() => {
      const args = ['cms', '-sign', '-binary', '-md', 'sha256', '-in', file, '-signer', cert, '-inkey', key];
      const r = spawnSync('openssl', [...args, '-outform', 'DER', '-out', sigFile]);
      if (r.status !== 0) throw new Error(String(r.stderr));
    });
    const osslVerify = await time(() => {
      const r = spawnSync('openssl', cmsVerifyArgs(sigFile, file, cert));
      if (r.status !== 0) throw new Error(String(r.stderr));
    });
    const noop = await time(() => spawnSync('openssl', ['version']));
    console.log(`${name}: ${(bytes.length / 1048576).toFixed(2)} MiB in, ${(signed.length / 1048576).toFixed(2)} MiB signed`);
    console.log(`  vanthu sign (load, appearance, increment, hash, CMS, token): ${fmt(sign)}`);
    console.log(`  vanthu verify (parse, digest, signature, ESS, chain):         ${fmt(verify)}`);
    console.log(`  openssl cms -sign   (process):                             ${fmt(osslSign)}`);
    console.log(`  openssl cms -verify (process):                             ${fmt(osslVerify)}`);
    console.log(`  of which openssl process start (openssl version):          ${fmt(noop)}`);
    console.log(`  in-process floor: SHA-256 of the file ${median(hash).toFixed(1)} ms + token C_Sign ${median(tokenSign).toFixed(1)} ms`);
    console.log(
      `  ratio sign/openssl-sign: ${(median(sign) / median(osslSign)).toFixed(2)}x; verify/openssl-verify: ${(median(verify) / median(osslVerify)).toFixed(2)}x\n`,
    );
  }
  session.close();
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(tk.work, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
