import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, fetched the first time a PDF is shown (it is a large chunk the shell does not need).
 * A failed fetch is not cached, so the next preview tries again.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then(
    (pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return pdfjs;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
