import { appError } from '../../../../src-shared/rpc/errors';
import { foldVietnamese } from '../../../../src-shared/domain/text-fold';
import { MM, pngPhysicalSizePt, type PngInfo, type Rect } from './appearance';
import { signatureWidgets } from './sig-fields';
import { toLines, type TextReader } from './text-layer';
import type { PDFDocument } from '@cantoo/pdf-lib';

/**
 * Where each ND30 appearance goes when the clerk has not placed it by hand:
 * - signer (Phụ lục I.II.7.d): centred between the title line (chức vụ) and the signer's name,
 *   both found in the PDF text layer;
 * - seal (I.II.8.a): over about the left third of the last signer image on the page.
 */
export interface Placement {
  pageIndex: number;
  rect: Rect;
}

const MAX_PAGES_SCANNED = 30;

export function checkPage(page: number | undefined, pageCount: number): number | undefined {
  if (page === undefined) return undefined;
  if (!Number.isInteger(page) || page < 1 || page > pageCount) {
    throw appError('signing.pageMissing', { page, pages: pageCount }, { field: 'page' });
  }
  return page - 1;
}

export function checkRect(rect: Rect, pageSize: { width: number; height: number }): Rect {
  const ok = [rect.x, rect.y, rect.width, rect.height].every(Number.isFinite) && rect.width >= 5 && rect.height >= 5;
  if (!ok || rect.x < 0 || rect.y < 0 || rect.x + rect.width > pageSize.width + 0.5 || rect.y + rect.height > pageSize.height + 0.5) {
    throw appError(
      'signing.rectOutsidePage',
      { rect: `${rect.x},${rect.y},${rect.width},${rect.height}`, width: Math.round(pageSize.width), height: Math.round(pageSize.height) },
      { field: 'rect' },
    );
  }
  return rect;
}

/** Finds the signer's name line and the title line above it; the image is centred between them. */
export async function placeSignerImage(
  bytes: Uint8Array,
  doc: PDFDocument,
  signerName: string,
  png: PngInfo,
  readText: TextReader,
  page?: number,
): Promise<Placement> {
  const pageCount = doc.getPageCount();
  const wanted = foldVietnamese(signerName);
  const pages = page !== undefined ? [page] : Array.from({ length: Math.min(pageCount, MAX_PAGES_SCANNED) }, (_, i) => pageCount - 1 - i);
  const texts = await readText(bytes, pages);
  for (const idx of pages) {
    const lines = toLines(texts.get(idx) ?? []);
    const nameIdx = lines.findIndex((l) => {
      const f = foldVietnamese(l.text);
      return f.includes(wanted) && f.length <= wanted.length + 12;
    });
    if (nameIdx < 0) continue;
    const name = lines[nameIdx]!;
    const centre = (name.x0 + name.x1) / 2;
    const title = lines
      .slice(0, nameIdx)
      .reverse()
      .find((l) => l.y > name.y && l.y - name.y < 200 && Math.abs((l.x0 + l.x1) / 2 - centre) < 120);
    const nameTop = name.y + name.size * 0.75;
    const titleBottom = title ? title.y - title.size * 0.25 : nameTop + 30 * MM;
    const gap = titleBottom - nameTop;
    const height = Math.min(Math.max(gap - 4, 12 * MM), 30 * MM);
    const width = Math.min((png.width / png.height) * height, 60 * MM);
    const h = (png.height / png.width) * width;
    const midY = nameTop + gap / 2;
    return { pageIndex: idx, rect: { x: centre - width / 2, y: midY - h / 2, width, height: h } };
  }
  const details = { field: 'rect', reason: 'signer-name-not-found' };
  throw page !== undefined
    ? appError('signing.signerNameNotFoundOnPage', { name: signerName, page: page + 1 }, details)
    : appError('signing.signerNameNotFound', { name: signerName }, details);
}

/** Seal size: explicit millimetres (diameter = width), else the PNG's recorded physical size. */
export function sealSize(png: PngInfo, sizeMm?: number): { width: number; height: number } {
  if (sizeMm !== undefined) {
    const width = sizeMm * MM;
    return { width, height: (png.height / png.width) * width };
  }
  const physical = pngPhysicalSizePt(png);
  if (!physical) {
    throw appError('signing.sealNoSize', undefined, { field: 'sealSizeMm' });
  }
  return physical;
}

/** Over the left third of the most recent signed signature widget on the page (or the last such page). */
export function placeSeal(doc: PDFDocument, size: { width: number; height: number }, page?: number): Placement {
  const widgets = signatureWidgets(doc).filter((w) => w.signed && (page === undefined || w.pageIndex === page));
  const target = widgets[widgets.length - 1];
  if (!target) {
    throw appError('signing.noSignerSignature', undefined, { field: 'rect', reason: 'no-signer-signature' });
  }
  const r = target.rect;
  return {
    pageIndex: target.pageIndex,
    rect: { x: r.x + r.width / 3 - size.width, y: r.y + r.height / 2 - size.height / 2, width: size.width, height: size.height },
  };
}
