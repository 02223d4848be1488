import { Alert, Button, Space, Spin, Typography } from 'antd';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useClient } from '../bridge/context';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Renders one page of a stored PDF with pdf.js (in its worker), with page navigation. */
export function PdfPreview({ sha256, width = 560 }: { sha256: string; width?: number }) {
  const client = useClient();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<pdfjs.PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const { url, headers } = client.fileSource(sha256);
    const task = pdfjs.getDocument({ url, httpHeaders: headers, isEvalSupported: false });
    setDoc(null);
    setPage(1);
    setError(null);
    task.promise.then(setDoc, (err: Error) => setError(err.message));
    return () => void task.destroy();
  }, [client, sha256]);

  useEffect(() => {
    if (!doc || !canvasRef.current) return;
    let cancelled = false;
    let render: pdfjs.RenderTask | undefined;
    void doc.getPage(page).then((p) => {
      if (cancelled || !canvasRef.current) return;
      const base = p.getViewport({ scale: 1 });
      const viewport = p.getViewport({ scale: (width / base.width) * window.devicePixelRatio });
      const canvas = canvasRef.current;
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      canvas.style.width = `${width}px`;
      render = p.render({ canvas, viewport });
      render.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, page, width]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!doc) return <Spin />;
  return (
    <div data-testid="pdf-preview">
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          ‹
        </Button>
        <Typography.Text>
          {page} / {doc.numPages}
        </Typography.Text>
        <Button size="small" disabled={page >= doc.numPages} onClick={() => setPage(page + 1)}>
          ›
        </Button>
      </Space>
      <canvas ref={canvasRef} style={{ border: '1px solid #eee', display: 'block' }} />
    </div>
  );
}
