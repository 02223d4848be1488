import { Spin } from 'antd';
import { PdfPageNav } from './PdfPageNav';
import { PdfProblemAlert } from './PdfProblemAlert';
import { usePdfDocument } from './use-pdf-document';

/** Renders one page of a stored PDF with pdf.js (in its worker), with page navigation. */
export function PdfPreview({ sha256, width = 560 }: { sha256: string; width?: number }) {
  const { canvasRef, doc, page, setPage, problem } = usePdfDocument(sha256, width);

  if (problem) return <PdfProblemAlert problem={problem} />;
  if (!doc) return <Spin />;
  return (
    <div data-testid="pdf-preview">
      <PdfPageNav page={page} pages={doc.numPages} setPage={setPage} />
      <canvas ref={canvasRef} style={{ border: '1px solid #eee', display: 'block' }} />
    </div>
  );
}
