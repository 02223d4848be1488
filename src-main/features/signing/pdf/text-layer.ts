import { openPdf, pageTextRuns } from '../../pdf/pdfjs-reader';

/** A run of the PDF text layer (read through the pdf feature's pdf.js reader), in PDF user space. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in user space (the text matrix's vertical scale). */
  size: number;
}

/** Reads the text items of some pages (0-based): in process, or on the long-work thread (create-app). */
export type TextReader = (bytes: Uint8Array, pageIndexes: number[]) => Promise<Map<number, TextItem[]>>;

/** Text items of the given pages (0-based), positions in PDF user space. */
export async function readTextItems(bytes: Uint8Array, pageIndexes: number[]): Promise<Map<number, TextItem[]>> {
  const out = new Map<number, TextItem[]>();
  const doc = await openPdf(bytes);
  try {
    for (const idx of pageIndexes) {
      if (idx < 0 || idx >= doc.numPages) continue;
      const items: TextItem[] = [];
      for (const it of await pageTextRuns(await doc.getPage(idx + 1))) {
        if (it.str.trim() === '') continue;
        const [, , c = 0, d = 0, e = 0, f = 0] = it.transform;
        items.push({ str: it.str.normalize('NFC'), x: e, y: f, width: it.width, size: Math.hypot(c, d) || 12 });
      }
      out.set(idx, items);
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/**
 * Groups items into visual lines (same baseline within a third of the font size), top to bottom,
 * and splits a baseline where a wide gap separates columns: ND30 puts "Số: …" and the date line,
 * or "Nơi nhận:" and the signer's title, side by side on one baseline.
 */
export function toLines(items: TextItem[]) {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<{ items: TextItem[]; y: number; size: number }> = [];
  for (const it of sorted) {
    const row = rows.find((l) => Math.abs(l.y - it.y) < Math.max(2, l.size / 3));
    if (row) row.items.push(it);
    else rows.push({ items: [it], y: it.y, size: it.size });
  }
  const lines: Array<{ items: TextItem[]; y: number; size: number }> = [];
  for (const row of rows) {
    const its = row.items.sort((a, b) => a.x - b.x);
    let current = { items: [its[0]!], y: row.y, size: row.size };
    for (const it of its.slice(1)) {
      const prev = current.items[current.items.length - 1]!;
      if (it.x - (prev.x + prev.width) > Math.max(row.size * 3, 30)) {
        lines.push(current);
        current = { items: [it], y: row.y, size: row.size };
      } else current.items.push(it);
    }
    lines.push(current);
  }
  return lines.map((l) => {
    const its = l.items;
    // pdfjs drops the spaces between separately drawn runs; put one back where the gap is a space or
    // wider, so "Số:" + "/QĐ-UBND" reads "Số: /QĐ-UBND" and words do not run together.
    let text = '';
    const starts: number[] = [];
    its.forEach((it, k) => {
      const prev = its[k - 1];
      if (prev && it.x - (prev.x + prev.width) > l.size * 0.15 && !text.endsWith(' ')) text += ' ';
      starts.push(text.length);
      text += it.str;
    });
    return {
      text,
      items: its,
      starts,
      y: l.y,
      x0: Math.min(...its.map((i) => i.x)),
      x1: Math.max(...its.map((i) => i.x + i.width)),
      size: l.size,
    };
  });
}

export type TextLine = ReturnType<typeof toLines>[number];
