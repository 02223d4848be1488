/**
 * Native Tesseract: one process per page, `OMP_THREAD_LIMIT=1` (5.5× faster on 2 cores than
 * OpenMP's default), `--dpi` always given (else PDF pages come out at 70 ppi), `-l vie`.
 * One run writes the text, the TSV (confidences) and a text-only PDF.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isChildRunError, runChild } from '../../../core/child-process';
import { meanConfidenceFromTsv, OcrCancelled, type OcrEngine, type OcrRequest } from './ocr-engine';

export interface TesseractCliOptions {
  binary?: string;
  /** Page segmentation mode; 3 (automatic) keeps the two header columns of an ND30 page apart. */
  psm?: number;
  tmpDir?: string;
  /** Bound on one page (default 3 min; a dense A4 page at 300 dpi takes seconds). */
  timeoutMs?: number;
}

export function buildTesseractArgs(input: string, outBase: string, req: { dpi: number; textLayer: boolean }, psm = 3): string[] {
  const args = [input, outBase, '-l', 'vie', '--dpi', String(Math.round(req.dpi)), '--psm', String(psm)];
  if (req.textLayer) args.push('-c', 'textonly_pdf=1');
  args.push('txt', 'tsv');
  if (req.textLayer) args.push('pdf');
  return args;
}

/** Is native tesseract installed with Vietnamese data? */
export function detectNativeTesseract(binary = 'tesseract'): { ok: boolean; version: string | null } {
  const r = spawnSync(binary, ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0) return { ok: false, version: null };
  const langs = `${r.stdout}\n${r.stderr}`.split(/\s+/);
  if (!langs.includes('vie')) return { ok: false, version: null };
  const v = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return { ok: true, version: /tesseract\s+(\S+)/.exec(`${v.stdout}${v.stderr}`)?.[1] ?? null };
}

export function createTesseractCli(opts: TesseractCliOptions = {}): OcrEngine {
  const bin = opts.binary ?? 'tesseract';
  return {
    id: 'tesseract-cli',
    async recognize(req: OcrRequest) {
      if (req.signal?.aborted) throw new OcrCancelled();
      const started = Date.now();
      const dir = fs.mkdtempSync(path.join(opts.tmpDir ?? os.tmpdir(), 'vanthu-ocr-'));
      try {
        const input = path.join(dir, 'page.img');
        fs.writeFileSync(input, req.image);
        const outBase = path.join(dir, 'out');
        const timeoutMs = opts.timeoutMs ?? 180_000;
        // Tesseract is silent while it reads a page: an overall bound per page, no idle watchdog.
        const r = await runChild(bin, {
          args: buildTesseractArgs(input, outBase, req, opts.psm ?? 3),
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          timeoutMs,
          stdout: 'ignore',
          stderr: { maxChars: 4000, overflow: 'keep-tail' },
          killSignal: 'SIGKILL',
          ...(req.signal ? { signal: req.signal } : {}),
        }).catch((err: unknown) => {
          if (!isChildRunError(err)) throw err;
          if (err.reason === 'aborted') throw new OcrCancelled();
          if (err.reason === 'timeout')
            throw new Error(
              `Nhận dạng chữ (tesseract) không phản hồi sau ${Math.round(timeoutMs / 1000)} giây; trang này chưa được nhận dạng.`,
              { cause: err },
            );
          if (err.reason === 'not-found')
            throw new Error(
              `Không tìm thấy chương trình nhận dạng chữ ${bin}; hãy cài tesseract-ocr và gói tiếng Việt (tesseract-ocr-vie).`,
              { cause: err },
            );
          throw new Error(`Nhận dạng chữ (tesseract) lỗi: ${err.message}.`, { cause: err });
        });
        if (req.signal?.aborted) throw new OcrCancelled();
        if (r.code !== 0) throw new Error(`tesseract thoát với mã ${r.code ?? r.signal}: ${r.stderr.trim().slice(-300)}`);
        const text = fs.readFileSync(`${outBase}.txt`, 'utf8').normalize('NFC');
        const tsv = fs.readFileSync(`${outBase}.tsv`, 'utf8');
        const textPdf = req.textLayer ? new Uint8Array(fs.readFileSync(`${outBase}.pdf`)) : null;
        return { text, meanConfidence: meanConfidenceFromTsv(tsv), textPdf, ms: Date.now() - started };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    async dispose() {
      // Nothing to release: one process per page.
    },
  };
}
