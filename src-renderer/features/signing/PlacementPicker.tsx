import { Spin, Typography } from 'antd';
import { useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfPageNav } from '../../components/PdfPageNav';
import { PdfProblemAlert } from '../../components/PdfProblemAlert';
import { usePdfDocument } from '../../components/use-pdf-document';

export interface Placement {
  /** 1-based page number. */
  page: number;
  /** PDF user space in points, origin bottom-left (what `signing.signStored` takes). */
  rect: { x: number; y: number; width: number; height: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A pdf.js page on which the clerk places the signature: a click centres a box of the image's real
 * size there, a drag draws the box. Coordinates go through the page viewport, so crop boxes and
 * rotated pages map to the right PDF points.
 */
export function PlacementPicker(props: {
  sha256: string;
  size: { width: number; height: number };
  value: Placement | null;
  onChange: (p: Placement) => void;
  width?: number;
}) {
  const { t } = useTranslation();
  const width = props.width ?? 500;
  // The signature block is usually on the last page.
  const { canvasRef, doc, page, setPage, viewport, problem } = usePdfDocument(props.sha256, width, 'last');
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);

  const local = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };

  const finish = (d: { x0: number; y0: number; x1: number; y1: number }) => {
    if (!viewport) return;
    const [ax, ay] = viewport.convertToPdfPoint(d.x0, d.y0) as [number, number];
    const [bx, by] = viewport.convertToPdfPoint(d.x1, d.y1) as [number, number];
    let rect = { x: Math.min(ax, bx), y: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) };
    // A click (or a tiny drag) centres a box of the image's real size on the point.
    if (rect.width < 8 || rect.height < 8)
      rect = { x: ax - props.size.width / 2, y: ay - props.size.height / 2, width: props.size.width, height: props.size.height };
    const [, , pageW, pageH] = viewport.viewBox as [number, number, number, number];
    rect.x = Math.max(0, Math.min(rect.x, pageW - rect.width));
    rect.y = Math.max(0, Math.min(rect.y, pageH - rect.height));
    props.onChange({ page, rect: { x: round(rect.x), y: round(rect.y), width: round(rect.width), height: round(rect.height) } });
  };

  const shown = (() => {
    if (drag)
      return {
        left: Math.min(drag.x0, drag.x1),
        top: Math.min(drag.y0, drag.y1),
        width: Math.abs(drag.x1 - drag.x0),
        height: Math.abs(drag.y1 - drag.y0),
      };
    if (!viewport || !props.value || props.value.page !== page) return null;
    const r = props.value.rect;
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([r.x, r.y, r.x + r.width, r.y + r.height]) as [
      number,
      number,
      number,
      number,
    ];
    return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
  })();

  if (problem) return <PdfProblemAlert problem={problem} />;
  if (!doc) return <Spin />;
  const v = props.value;
  return (
    <div data-testid="placement-picker">
      <PdfPageNav page={page} pages={doc.numPages} setPage={setPage} />
      <div
        style={{ position: 'relative', width, cursor: 'crosshair', touchAction: 'none', userSelect: 'none' }}
        onPointerDown={(e) => {
          const p = local(e);
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, ...((p) => ({ x1: p.x, y1: p.y }))(local(e)) })}
        onPointerUp={() => {
          if (drag) finish(drag);
          setDrag(null);
        }}
        data-testid="placement-page"
      >
        <canvas ref={canvasRef} style={{ border: '1px solid #ddd', display: 'block' }} />
        {shown && (
          <div
            style={{
              position: 'absolute',
              ...shown,
              border: '2px dashed #1f4e8c',
              background: 'rgba(31,78,140,0.12)',
              pointerEvents: 'none',
            }}
            data-testid="placement-box"
          />
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {v
          ? t('signing.placement.hint', { page: v.page, x: v.rect.x, y: v.rect.y, w: v.rect.width, h: v.rect.height })
          : t('signing.placement.none')}
      </Typography.Text>
    </div>
  );
}
