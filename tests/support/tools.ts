/**
 * The one gate for tests that need a program from outside node_modules (poppler, qpdf, SoftHSM2,
 * SANE, tesseract, clamd, Chromium …). Every such test asks `needTools(...)` first:
 *
 *   const tools = needTools('pdftotext', 'qpdf');
 *   describe.skipIf(tools.skip)(tools.title('books: printed PDF'), () => { … });   // Vitest
 *   test.skip(tools.skip, tools.reason);                                           // Playwright
 *
 * - All tools present: nothing happens, the tests run.
 * - A tool missing: the tests are skipped, and the skip carries the reason in its title (Vitest) or
 *   message (Playwright) — "[skipped: pdftotext missing (Debian package poppler-utils)]" — so the
 *   run's summary lists every skipped test by name and why.
 * - A tool missing and VANTHU_REQUIRE_TOOLS=1 (CI sets it): `needTools` throws, so the test file
 *   (or suite) fails with a message naming the tool and its Debian package. Nothing is skipped
 *   silently on a machine that is meant to have everything.
 *
 * No test decides on its own whether a tool is there (no `if (hasX) expect(…)`, no `catch { return }`
 * around a tool): assertions never quietly disappear.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface ToolSpec {
  /** Debian package(s) that provide it. */
  debian: string;
  /** True when the tool is usable here. */
  probe(): boolean;
}

/** Runs `cmd args`; true when it started and exited with one of `ok` (default 0). */
function runs(cmd: string, args: string[], ok: number[] = [0], env?: NodeJS.ProcessEnv): boolean {
  const r = spawnSync(cmd, args, { stdio: 'pipe', timeout: 20_000, env: env ?? process.env });
  return r.error === undefined && r.status !== null && ok.includes(r.status);
}

/** The Chromium Playwright drives (playwright.config.ts reads the same variable). */
export const CHROMIUM = process.env.VANTHU_CHROMIUM ?? '/usr/bin/chromium';
/** Its flags for the tests and benches: no sandbox or GPU in a container, quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TOOLS = {
  chromium: {
    debian: 'chromium',
    probe: () => {
      try {
        fs.accessSync(CHROMIUM, fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  },
  pdftotext: { debian: 'poppler-utils', probe: () => runs('pdftotext', ['-v']) },
  pdftoppm: { debian: 'poppler-utils', probe: () => runs('pdftoppm', ['-v']) },
  pdftocairo: { debian: 'poppler-utils', probe: () => runs('pdftocairo', ['-v']) },
  pdfinfo: { debian: 'poppler-utils', probe: () => runs('pdfinfo', ['-v']) },
  pdffonts: { debian: 'poppler-utils', probe: () => runs('pdffonts', ['-v']) },
  pdfsig: { debian: 'poppler-utils', probe: () => runs('pdfsig', ['-v']) },
  qpdf: { debian: 'qpdf', probe: () => runs('qpdf', ['--version']) },
  sqlite3: { debian: 'sqlite3', probe: () => runs('sqlite3', ['-version']) },
  openssl: { debian: 'openssl', probe: () => runs('openssl', ['version']) },
  'softhsm2-util': { debian: 'softhsm2', probe: () => runs('softhsm2-util', ['--version']) },
  'pkcs11-tool': { debian: 'opensc', probe: () => runs('pkcs11-tool', ['--help'], [0, 1, 2]) },
  'openssl-pkcs11-engine': { debian: 'libengine-pkcs11-openssl', probe: () => runs('openssl', ['engine', 'pkcs11']) },
  certutil: { debian: 'libnss3-tools', probe: () => runs('certutil', ['-H'], [0, 1]) },
  /** scanimage and SANE's built-in `test` backend (a private config that loads only that backend). */
  'scanimage-test': {
    debian: 'sane-utils libsane1',
    probe: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-sane-probe-'));
      try {
        fs.writeFileSync(path.join(dir, 'dll.conf'), 'test\n');
        const r = spawnSync('scanimage', ['-L'], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, SANE_CONFIG_DIR: dir } });
        return r.error === undefined && r.status === 0 && /`test:0'/.test(r.stdout);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  /** Native tesseract with the Vietnamese traineddata. */
  'tesseract-vie': {
    debian: 'tesseract-ocr tesseract-ocr-vie',
    probe: () => {
      const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 20_000 });
      return r.error === undefined && r.status === 0 && `${r.stdout}\n${r.stderr}`.split(/\s+/).includes('vie');
    },
  },
  clamd: { debian: 'clamav-daemon', probe: () => runs('clamd', ['--version']) },
  img2pdf: { debian: 'img2pdf', probe: () => runs('img2pdf', ['--version']) },
  tiffcp: { debian: 'libtiff-tools', probe: () => runs('tiffcp', ['-h'], [0, 1]) },
  /** A C compiler with the libc headers (a deliberately crashing PKCS#11 library is built at test time). */
  cc: {
    debian: 'gcc libc6-dev',
    probe: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-cc-probe-'));
      try {
        fs.writeFileSync(path.join(dir, 'p.c'), '#include <stdlib.h>\nint probe(void) { return EXIT_SUCCESS; }\n');
        return runs('cc', ['-shared', '-fPIC', '-o', path.join(dir, 'p.so'), path.join(dir, 'p.c')]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
} satisfies Record<string, ToolSpec>;

export type Tool = keyof typeof TOOLS;

/** The softhsm-setup.sh token and test PKI, and the independent checkers (pdfsig with an NSS db, openssl cms). */
export const SIGNING_TOOLS: readonly Tool[] = [
  'softhsm2-util',
  'pkcs11-tool',
  'openssl',
  'openssl-pkcs11-engine',
  'certutil',
  'pdfsig',
  'pdftocairo',
  'pdftoppm',
];

const seen = new Map<Tool, boolean>();

/** Is `tool` usable here (probed once per process)? Tests do not branch on this: use `needTools`. */
export function toolPresent(tool: Tool): boolean {
  let ok = seen.get(tool);
  if (ok === undefined) {
    ok = TOOLS[tool].probe();
    seen.set(tool, ok);
  }
  return ok;
}

/** "pdftotext (Debian package poppler-utils)". */
export function describeTool(tool: Tool): string {
  const pkg = TOOLS[tool].debian;
  return `${tool} (Debian package${pkg.includes(' ') ? 's' : ''} ${pkg})`;
}

export const requireTools = (): boolean => process.env.VANTHU_REQUIRE_TOOLS === '1';

export interface ToolGate {
  /** Skip the tests: a tool is missing and VANTHU_REQUIRE_TOOLS is not set. */
  readonly skip: boolean;
  /** Why they are skipped ('' when nothing is missing): names each missing tool and its package. */
  readonly reason: string;
  /** `name`, plus " [skipped: …]" when skipped: the reason shows in every report that lists the test. */
  title(name: string): string;
}

export class MissingToolError extends Error {}

/**
 * The gate every test needing an outside program goes through (see the top of this file). Throws a
 * MissingToolError under VANTHU_REQUIRE_TOOLS=1 when one is missing.
 */
export function needTools(...tools: Tool[]): ToolGate {
  const missing = tools.filter((t) => !toolPresent(t));
  const reason =
    missing.length === 0
      ? ''
      : `${missing.map(describeTool).join(', ')} missing: apt-get install ${[...new Set(missing.flatMap((t) => TOOLS[t].debian.split(' ')))].join(' ')}`;
  if (missing.length > 0 && requireTools()) {
    throw new MissingToolError(`VANTHU_REQUIRE_TOOLS=1 but a tool these tests need is not installed: ${reason}`);
  }
  const skip = missing.length > 0;
  return { skip, reason, title: (name) => (skip ? `${name} [skipped: ${reason}]` : name) };
}
