import type { PageViewport, PDFDocumentLoadingTask, PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useClient } from '../bridge/context';
import { loadPdfJs } from './pdf-engine';
import { classifyPdfError, isCancelledRender, type PdfProblem } from './pdf-problem';

export interface PdfDocumentView {
  /** Attach to the <canvas> the current page is drawn on. */
  canvasRef: React.RefObject<HTMLCanvasElement | null>;
  /** Null while pdf.js or the document is loading, or after a problem. */
  doc: PDFDocumentProxy | null;
  page: number;
  setPage: (page: number) => void;
  /** The drawn page's viewport in CSS pixels (maps clicks to PDF points); null until drawn. */
  viewport: PageViewport | null;
  problem: PdfProblem | null;
}

/**
 * One stored PDF (by sha256) shown on a canvas `width` CSS pixels wide, sharp on high-DPI screens:
 * loads pdf.js on first use, opens the document through the transport, draws the current page and
 * cancels stale work when the page, width or file changes. Every failure — the engine chunk, a
 * missing or damaged file, a page that will not draw — ends up in `problem`, never swallowed.
 */
export function usePdfDocument(sha256: string, width: number, startAt: 'first' | 'last' = 'first'): PdfDocumentView {
  const client = useClient();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [viewport, setViewport] = useState<PageViewport | null>(null);
  const [problem, setProblem] = useState<PdfProblem | null>(null);

  useEffect(() => {
    let cancelled = false;
    let task: PDFDocumentLoadingTask | undefined;
    setDoc(null);
    setViewport(null);
    setProblem(null);
    loadPdfJs().then(
      (pdfjs) => {
        if (cancelled) return;
        const { url, headers } = client.fileSource(sha256);
        task = pdfjs.getDocument({ url, httpHeaders: headers, isEvalSupported: false });
        task.promise.then(
          (d) => {
            if (cancelled) return;
            setPage(startAt === 'last' ? d.numPages : 1);
            setDoc(d);
          },
          (err: unknown) => !cancelled && setProblem(classifyPdfError(err, 'open')),
        );
      },
      (err: unknown) => !cancelled && setProblem(classifyPdfError(err, 'engine')),
    );
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [client, sha256, startAt]);

  useEffect(() => {
    if (!doc) return;
    let cancelled = false;
    let render: RenderTask | undefined;
    doc
      .getPage(page)
      .then((p) => {
        const canvas = canvasRef.current;
        if (cancelled || !canvas) return;
        const vp = p.getViewport({ scale: width / p.getViewport({ scale: 1 }).width });
        const dpr = window.devicePixelRatio || 1;
        canvas.width = Math.round(vp.width * dpr);
        canvas.height = Math.round(vp.height * dpr);
        canvas.style.width = `${vp.width}px`;
        canvas.style.height = `${vp.height}px`;
        setViewport(vp);
        render = p.render({ canvas, viewport: vp, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined });
        return render.promise;
      })
      .catch((err: unknown) => {
        if (!cancelled && !isCancelledRender(err)) setProblem(classifyPdfError(err, 'render', page));
      });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, page, width]);

  return { canvasRef, doc: problem ? null : doc, page, setPage, viewport, problem };
}
