import { Button, Space, Spin, Typography } from 'antd';
import { PdfProblemAlert } from './PdfProblemAlert';
import { usePdfDocument } from './use-pdf-document';

/** Renders one page of a stored PDF with pdf.js (in its worker), with page navigation. */
export function PdfPreview({ sha256, width = 560 }: { sha256: string; width?: number }) {
  const { canvasRef, doc, page, setPage, problem } = usePdfDocument(sha256, width);

  if (problem) return <PdfProblemAlert problem={problem} />;
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
