/**
 * The signing tests' real token and independent checkers: a fresh SoftHSM2 token and test PKI from
 * softhsm-setup.sh, poppler's pdfsig (NSS) and `openssl cms -verify`, with the signature extracted
 * here by plain byte scanning — on purpose independent of the product's own PDF parser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { cmsVerifyArgs } from './openssl';

export interface TestToken {
  work: string;
  module: string;
  token: string;
  pin: string;
  pki: string;
  nssdb: string;
  /** A folder holding only the test root, for `--trust` / trustDirs. */
  trustDir: string;
  env: Record<string, string>;
}

/**
 * A fresh token and PKI in a new temp folder, and this process (SOFTHSM2_CONF) pointed at it. Under
 * Vitest the global setup builds one with softhsm-setup.sh in the background (HSM_TEMPLATE_ENV) and
 * each test file gets its own copy of it (its paths rewritten), not a run of the script (~10 s of CPU
 * each): tokens stay per file, so one file's changes never reach another. Without a finished template
 * (Playwright, the benchmarks, or the template failed) the script runs here, as before.
 */
export function setupSoftHsm(): TestToken {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-hsm-'));
  if (!copyHsmTemplate(work)) {
    execFileSync('bash', [path.join(__dirname, 'softhsm-setup.sh'), work], { encoding: 'utf8', timeout: 120_000 });
  }
  const out = fs.readFileSync(path.join(work, 'env.sh'), 'utf8');
  const env: Record<string, string> = {};
  for (const m of out.matchAll(/^export (\w+)='([^']*)'$/gm)) env[m[1]!] = m[2]!;
  process.env.SOFTHSM2_CONF = env.SOFTHSM2_CONF;
  const trustDir = path.join(work, 'trust');
  fs.mkdirSync(trustDir);
  fs.copyFileSync(path.join(env.VANTHU_TEST_PKI!, 'root.pem'), path.join(trustDir, 'root.pem'));
  return {
    work,
    module: env.PKCS11_MODULE!,
    token: env.PKCS11_TOKEN!,
    pin: env.PKCS11_PIN!,
    pki: env.VANTHU_TEST_PKI!,
    nssdb: env.VANTHU_TEST_NSSDB!,
    trustDir,
    env,
  };
}

/** The environment variable naming the template folder (see global-setup.ts and setupSoftHsm). */
export const HSM_TEMPLATE_ENV = 'VANTHU_TEST_HSM_TEMPLATE';
/** Inside the template folder: the token the script made, and its outcome once it has finished. */
export const HSM_TEMPLATE_PARTS = { token: 'token', done: 'done', failed: 'failed' } as const;
/** Files of the script's output that hold its folder's absolute path. */
const PATH_FILES = ['env.sh', 'hsm/softhsm2.conf', 'pki/tsa.cnf', 'nssdb/pkcs11.txt'];

/** Copies the global setup's token into `work` once it is ready; false when there is none to copy. */
function copyHsmTemplate(work: string): boolean {
  const template = process.env[HSM_TEMPLATE_ENV];
  if (!template) return false;
  const done = path.join(template, HSM_TEMPLATE_PARTS.done);
  const failed = path.join(template, HSM_TEMPLATE_PARTS.failed);
  const deadline = Date.now() + 180_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!fs.existsSync(done) && !fs.existsSync(failed) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 100);
  if (!fs.existsSync(done)) return false;
  const source = path.join(template, HSM_TEMPLATE_PARTS.token);
  fs.cpSync(source, work, { recursive: true });
  for (const f of PATH_FILES) {
    const file = path.join(work, f);
    if (fs.existsSync(file)) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split(source).join(work));
  }
  return true;
}

export interface ExtractedSignature {
  byteRange: [number, number, number, number];
  cms: Buffer;
  content: Buffer;
}

/** Every /ByteRange in the file with its CMS and signed bytes (what pyHanko/endesive-style tools do). */
export function extractSignatures(pdf: Uint8Array): ExtractedSignature[] {
  const buf = Buffer.from(pdf);
  const text = buf.toString('latin1');
  const out: ExtractedSignature[] = [];
  for (const m of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const br = [1, 2, 3, 4].map((i) => Number(m[i])) as [number, number, number, number];
    const hex = buf.toString('latin1', br[1] + 1, br[2] - 1);
    const der = Buffer.from(hex, 'hex');
    const lenByte = der[1]!;
    const len = lenByte < 0x80 ? 2 + lenByte : 2 + (lenByte & 0x7f) + der.readUIntBE(2, lenByte & 0x7f);
    out.push({
      byteRange: br,
      cms: der.subarray(0, len),
      content: Buffer.concat([buf.subarray(br[0], br[0] + br[1]), buf.subarray(br[2], br[2] + br[3])]),
    });
  }
  return out;
}

export interface PdfsigResult {
  raw: string;
  signatures: Array<{ valid: boolean; trusted: boolean; total: boolean; text: string }>;
}

export function pdfsig(file: string, nssdb: string): PdfsigResult {
  const r = spawnSync('pdfsig', ['-nssdir', `sql:${nssdb}`, file], { encoding: 'utf8' });
  const raw = `${r.stdout}${r.stderr}`;
  const signatures = raw
    .split(/^Signature #\d+:/m)
    .slice(1)
    .map((text) => ({
      valid: text.includes('Signature Validation: Signature is Valid.'),
      trusted: text.includes('Certificate Validation: Certificate is Trusted.'),
      total: text.includes('Total document signed'),
      text,
    }));
  return { raw, signatures };
}

/** `openssl cms -verify` of one extracted signature; `cades` also enforces ESS signingCertificateV2. */
export function opensslVerify(
  sig: ExtractedSignature,
  pki: string,
  o: { cades?: boolean; caFile?: string } = {},
): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-cms-'));
  try {
    fs.writeFileSync(path.join(dir, 'sig.der'), sig.cms);
    fs.writeFileSync(path.join(dir, 'content.bin'), sig.content);
    const args = cmsVerifyArgs(path.join(dir, 'sig.der'), path.join(dir, 'content.bin'), o.caFile ?? path.join(pki, 'root.pem'));
    if (o.cades) args.push('-cades');
    const r = spawnSync('openssl', args, { encoding: 'utf8' });
    const output = `${r.stdout}${r.stderr}`;
    return { ok: r.status === 0 && output.includes('Verification successful'), output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A local RFC 3161 responder: `openssl ts -reply` behind a loopback HTTP server. */
export async function startTsa(pki: string): Promise<{ url: string; requests: number; close(): Promise<void> }> {
  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-tsa-'));
      try {
        fs.writeFileSync(path.join(dir, 'q.tsq'), Buffer.concat(chunks));
        execFileSync(
          'openssl',
          ['ts', '-reply', '-config', path.join(pki, 'tsa.cnf'), '-queryfile', path.join(dir, 'q.tsq'), '-out', path.join(dir, 'r.tsr')],
          { stdio: 'pipe' },
        );
        res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' });
        res.end(fs.readFileSync(path.join(dir, 'r.tsr')));
      } catch (err) {
        res.writeHead(500);
        res.end(String(err));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Renders one page with pdftoppm at 100 dpi; returns the PNG path. */
export function renderPage(pdfFile: string, page: number, outPrefix: string): string {
  fs.mkdirSync(path.dirname(outPrefix), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', pdfFile, outPrefix]);
  return `${outPrefix}.png`;
}
