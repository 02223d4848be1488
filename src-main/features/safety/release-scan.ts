/**
 * Antivirus outside intake: files attached to register entries (files.import), every file of a
 * document before it leaves through the hub, and every output before it is written: books,
 * reports and exports (books/output-store) and signed PDFs (signing). Uses the same VirusScanner and the
 * same agency block/warn setting as intake. Unlike intake it never moves anything: an infected
 * attachment is refused before it is written; an infected stored file blocks the release and stays
 * where it is for the administrator.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appError } from '../../../src-shared/rpc/errors';
import { fillErrorText } from '../../../src-shared/rpc/error-texts';
import type { Logger } from '../../core/logger';
import type { VirusScanner } from '../intake/av/virus-scanner';

interface ScanOutcome {
  /** 'unavailable' = no verdict, let through because the agency chose 'warn'. */
  verdict: 'clean' | 'unavailable';
  /** What the clerk must see when nothing was scanned; null when clean. */
  warning: string | null;
}

interface ReleaseScanDeps {
  scanner: () => VirusScanner;
  policy: () => 'block' | 'warn';
  /** Path of a stored file by its sha256, or undefined when the store has no such file. */
  pathOf: (sha256: string) => string | undefined;
  /** Where bytes not yet stored are written for the scanner (same volume as the store). */
  tmpDir: string;
  logger: Logger;
}

/**
 * attach: bytes about to join the store as a register file; release: stored files before a hub
 * send; output: a book, report, export or signed PDF before it is written (and so before it leaves).
 */
type Purpose = 'attach' | 'release' | 'output';
/** Why no verdict came, as a code of the `scanUnavailable` words (src-shared/rpc/error-texts/words.ts). */
function whyUnavailable(scanner: VirusScanner, raw: string): 'tooLarge' | 'none' | 'noAnswer' {
  if (/^size |size limit/i.test(raw)) return 'tooLarge';
  if (scanner.id === 'none') return 'none';
  return 'noAnswer';
}

export function createReleaseScan(deps: ReleaseScanDeps) {
  async function scanPath(file: string, name: string, purpose: Purpose): Promise<ScanOutcome> {
    const scanner = deps.scanner();
    const r = await scanner.scanFile(file);
    if (r.verdict === 'clean') return { verdict: 'clean', warning: null };
    if (r.verdict === 'infected') {
      const signature = r.signature ?? 'không rõ tên';
      deps.logger.warn('infected file refused', { name, signature, engine: scanner.id, purpose });
      const details = { file: name, signature, engine: scanner.id };
      throw r.signature
        ? appError('safety.infected', { name, signature: r.signature, engine: scanner.id, purpose }, details)
        : appError('safety.infectedUnnamed', { name, engine: scanner.id, purpose }, details);
    }
    const why = whyUnavailable(scanner, r.raw);
    const whyParams = { why, engine: scanner.id, raw: r.raw };
    if (deps.policy() === 'block') {
      throw appError(
        'safety.scanBlocked',
        { name, purpose, ...whyParams },
        { file: name, engine: scanner.id, reason: r.raw, policy: 'block' },
      );
    }
    deps.logger.warn('file passed without virus scan', { name, engine: scanner.id, reason: r.raw, purpose });
    return {
      verdict: 'unavailable',
      warning: `Tệp "${name}" chưa được kiểm tra virus (${fillErrorText('{{why:scanUnavailable}}', whyParams)}).`,
    };
  }

  return {
    /**
     * Scans bytes before they are stored (attach) or written out (output: books, exports, signed
     * PDFs); throws on infected or block.
     */
    async scanBytes(bytes: Uint8Array, name: string, purpose: 'attach' | 'output' = 'attach'): Promise<ScanOutcome> {
      fs.mkdirSync(deps.tmpDir, { recursive: true });
      const tmp = path.join(deps.tmpDir, `av-${process.pid}-${randomBytes(6).toString('hex')}`);
      fs.writeFileSync(tmp, bytes, { mode: 0o600 });
      try {
        return await scanPath(tmp, name, purpose);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    },

    /**
     * Scans every stored file (by sha256) before a document leaves. Throws on the first infected
     * file (kind Infected, with the scanner's verdict) or, under 'block', on the first file without
     * a verdict. Returns the warnings the clerk must see under 'warn' (empty when all are clean).
     */
    async scanBeforeRelease(fileIds: readonly string[]): Promise<string[]> {
      const warnings: string[] = [];
      for (const id of new Set(fileIds)) {
        const file = deps.pathOf(id);
        if (!file || !fs.existsSync(file)) throw appError('safety.releaseNotInStore', { sha: id }, { sha256: id });
        const r = await scanPath(file, id.slice(0, 12), 'release');
        if (r.warning) warnings.push(r.warning);
      }
      return warnings;
    },
  };
}

export type ReleaseScan = ReturnType<typeof createReleaseScan>;
