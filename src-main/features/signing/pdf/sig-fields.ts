import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument } from '@cantoo/pdf-lib';
import type { Rect } from './appearance';

/** A signature widget already on a page: where the seal must go is read from the leader's one. */
export interface SignatureWidget {
  pageIndex: number;
  rect: Rect;
  fieldName: string;
  signed: boolean;
}

function fieldOf(annot: PDFDict): PDFDict | undefined {
  let d: PDFDict | undefined = annot;
  for (let depth = 0; d && depth < 10; depth++) {
    if (d.lookupMaybe(PDFName.of('FT'), PDFName)?.asString() === '/Sig') return d;
    d = d.lookupMaybe(PDFName.of('Parent'), PDFDict);
  }
  return undefined;
}

function rectOf(annot: PDFDict): Rect | undefined {
  const r = annot.lookupMaybe(PDFName.of('Rect'), PDFArray);
  if (!r || r.size() !== 4) return undefined;
  const n = [0, 1, 2, 3].map((i) => r.lookupMaybe(i, PDFNumber)?.asNumber());
  if (n.some((v) => v === undefined)) return undefined;
  const [x1, y1, x2, y2] = n as [number, number, number, number];
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

/** Every signature widget in page order (annotations order within a page). */
export function signatureWidgets(doc: PDFDocument): SignatureWidget[] {
  const out: SignatureWidget[] = [];
  doc.getPages().forEach((page, pageIndex) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const raw = annots!.get(i);
      const annot = raw instanceof PDFRef ? doc.context.lookupMaybe(raw, PDFDict) : raw instanceof PDFDict ? raw : undefined;
      if (!annot || annot.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Widget') continue;
      const field = fieldOf(annot);
      const rect = rectOf(annot);
      if (!field || !rect || rect.width <= 0 || rect.height <= 0) continue;
      const t = field.lookupMaybe(PDFName.of('T'), PDFString, PDFHexString);
      out.push({ pageIndex, rect, fieldName: t ? t.decodeText() : '', signed: field.get(PDFName.of('V')) !== undefined });
    }
  });
  return out;
}
