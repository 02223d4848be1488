/**
 * The one place the main process loads and opens pdf.js (pdfjs-dist, legacy build — the one meant
 * for Node). Files (inspection, text for search), intake (thumbnails, OCR of PDF pages) and signing
 * (text layer for placement) all read PDFs through here.
 *
 * pdfjs-dist is ESM-only and finds its worker and optional canvas through `import.meta.url`, which
 * does not survive esbuild's CJS bundle. So it is loaded from node_modules at run time by file URL
 * (bundlers leave a non-literal import alone) — in the CLI, Electron main and Vitest alike — on the
 * first PDF read, never when the process starts.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfjsDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
export type PdfjsPage = Awaited<ReturnType<PdfjsDocument['getPage']>>;

let pdfjsPromise: Promise<Pdfjs> | undefined;

/** pdf.js itself, imported once per process on first use. */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    const url = pathToFileURL(createRequire(__filename).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
    return (await import(/* @vite-ignore */ url)) as Pdfjs;
  })().catch((err: unknown) => {
    pdfjsPromise = undefined; // a failed load is not cached: the next read tries again
    throw err;
  });
  return pdfjsPromise;
}

export interface OpenPdfOptions {
  /** Give up at the first damaged object instead of reading around it (pdf.js default: false). */
  stopAtErrors?: boolean;
}

/**
 * Opens PDF bytes with the settings every caller needs: no eval, no system or web fonts, silent.
 * The bytes are copied (pdf.js detaches the buffer it is given). pdf.js's own errors are rethrown
 * unchanged (e.g. name 'PasswordException'), after the loading task is torn down.
 * The caller must `destroy()` the document: pdf.js holds the whole file until then.
 */
export async function openPdf(bytes: Uint8Array, options: OpenPdfOptions = {}): Promise<PdfjsDocument> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    ...(options.stopAtErrors === undefined ? {} : { stopAtErrors: options.stopAtErrors }),
  });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw err;
  }
}

/** A text run of a page: its string, and where pdf.js placed it (text matrix, advance width). */
export interface PdfTextRun {
  str: string;
  /** [a, b, c, d, e, f]: e/f the origin in PDF user space, c/d the vertical scale (font size). */
  transform: number[];
  width: number;
  hasEOL: boolean;
}

/** The text runs of one page (marked-content markers left out), in pdf.js's reading order. */
export async function pageTextRuns(page: PdfjsPage): Promise<PdfTextRun[]> {
  const content = await page.getTextContent();
  const runs: PdfTextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    runs.push({ str: item.str, transform: item.transform as number[], width: item.width, hasEOL: item.hasEOL });
  }
  return runs;
}

/** A page's text with runs joined as pdf.js ends them: `eol` after a run that ends a line, else `gap`. */
export function joinRuns(runs: PdfTextRun[], gap: string, eol = '\n'): string {
  let t = '';
  for (const r of runs) t += r.str + (r.hasEOL ? eol : gap);
  return t;
}
