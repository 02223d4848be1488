/**
 * A small, fast and deterministic drawing layer over pdf-lib for text-heavy tables.
 *
 * Why not page.drawText: it runs the font shaper on every call, which for a 10,000-row book is most
 * of the time. Vietnamese in NFC needs no shaping (every letter is one precomposed glyph), so each
 * distinct character is encoded once (which also adds it to the font subset) and lines are built
 * from cached glyph codes and advance widths. Output is deterministic: fixed metadata dates, fixed
 * resource names, no random ids — the same model and font give the same bytes.
 */
import type { PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import type { FontFamily } from './fonts';

type PdfLib = typeof import('@cantoo/pdf-lib');
let libs: Promise<{ pdf: PdfLib; fontkit: unknown }> | null = null;
/** pdf-lib and fontkit load on the first book, not when every CLI command starts. */
function loadLibs(): Promise<{ pdf: PdfLib; fontkit: unknown }> {
  libs ??= Promise.all([import('@cantoo/pdf-lib'), import('@cantoo/fontkit')]).then(([pdf, fontkit]) => ({ pdf, fontkit }));
  return libs;
}

export type Face = 'regular' | 'bold' | 'italic';
const FACES: readonly Face[] = ['regular', 'bold', 'italic'];
const RESOURCE: Record<Face, string> = { regular: 'F1', bold: 'F2', italic: 'F3' };

/** Millimetres to PDF points. */
export const mm = (v: number): number => (v * 72) / 25.4;

const num = (n: number): string => {
  const s = n.toFixed(2);
  return s.endsWith('.00') ? s.slice(0, -3) : s.endsWith('0') ? s.slice(0, -1) : s;
};

/** One byte inside a PDF literal string: parentheses and backslash escaped, CR/LF spelled out. */
function literalByte(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return '\\' + String.fromCharCode(b);
  if (b === 0x0a) return '\\n';
  if (b === 0x0d) return '\\r';
  return String.fromCharCode(b);
}

interface FaceCache {
  font: PDFFont;
  /** char → [glyph code as escaped bytes of a PDF literal string, advance width per 1 pt of size] */
  glyphs: Map<string, [string, number]>;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  /** Fixed date written as CreationDate and ModDate (the lock time for a volume). */
  date: Date;
}

export class PdfCanvas {
  private readonly faces = new Map<Face, FaceCache>();
  private page: PDFPage | null = null;
  private graphics: string[] = [];
  private text: string[] = [];
  private currentFont = '';
  /** Start of the current text line (Td is relative to it); kept as the rounded values written. */
  private lineX = 0;
  private lineY = 0;
  pageCount = 0;

  private constructor(
    readonly doc: PDFDocument,
    private readonly lib: PdfLib,
  ) {}

  static async create(family: FontFamily, info: DocumentInfo): Promise<PdfCanvas> {
    const { pdf, fontkit } = await loadLibs();
    const doc = await pdf.PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit as Parameters<PDFDocument['registerFontkit']>[0]);
    const canvas = new PdfCanvas(doc, pdf);
    const bytes: Record<Face, Uint8Array> = { regular: family.regular, bold: family.bold, italic: family.italic };
    const tag = family.name.replace(/[^A-Za-z]/g, '');
    for (const face of FACES) {
      const suffix = face === 'regular' ? '' : face === 'bold' ? ',Bold' : ',Italic';
      // "VTHUAB+Name": the six-letter subset tag PDF readers expect, fixed so output stays the same.
      const font = await doc.embedFont(bytes[face], { subset: true, customName: `VTHU${'ABC'[FACES.indexOf(face)]}A+${tag}${suffix}` });
      canvas.faces.set(face, { font, glyphs: new Map() });
    }
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setSubject(info.subject);
    doc.setAuthor('vanthu');
    doc.setCreator('vanthu');
    doc.setProducer('vanthu (pdf-lib)');
    doc.setLanguage('vi-VN');
    doc.setCreationDate(info.date);
    doc.setModificationDate(info.date);
    return canvas;
  }

  private glyph(face: Face, ch: string): [string, number] {
    const cache = this.faces.get(face)!;
    let g = cache.glyphs.get(ch);
    if (!g) {
      // Identity-H codes are two bytes; written as a literal string they take half the room of hex.
      const hex = cache.font.encodeText(ch).toString().slice(1, -1);
      let code = '';
      for (let i = 0; i < hex.length; i += 2) code += literalByte(parseInt(hex.slice(i, i + 2), 16));
      g = [code, cache.font.widthOfTextAtSize(ch, 1)];
      cache.glyphs.set(ch, g);
    }
    return g;
  }

  /** Width of a string in points. */
  width(face: Face, size: number, s: string): number {
    let w = 0;
    for (const ch of s) w += this.glyph(face, ch)[1];
    return w * size;
  }

  /**
   * Breaks text into lines no wider than `maxWidth`: on spaces, on explicit newlines, and inside a
   * word only when the word alone is too wide. Nothing is ever dropped.
   */
  wrap(face: Face, size: number, text: string, maxWidth: number): string[] {
    const lines: string[] = [];
    const space = this.width(face, size, ' ');
    for (const paragraph of text.split('\n')) {
      const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0);
      if (words.length === 0) {
        lines.push('');
        continue;
      }
      let line = '';
      let lineWidth = 0;
      for (const word of words) {
        let w = this.width(face, size, word);
        if (line !== '' && lineWidth + space + w <= maxWidth) {
          line += ' ' + word;
          lineWidth += space + w;
          continue;
        }
        if (line !== '') lines.push(line);
        let rest = word;
        // A word wider than the column (a long ký hiệu, a URL) is split: after a "/" or "-" when one
        // fits ("15/QĐ-" + "UBND"), else between characters. Nothing is dropped.
        while (w > maxWidth && rest.length > 1) {
          let cut = '';
          let cw = 0;
          let lastBreak = 0;
          for (const ch of rest) {
            const chw = this.width(face, size, ch);
            if (cw + chw > maxWidth && cut.length > 0) break;
            cut += ch;
            cw += chw;
            if (ch === '/' || ch === '-') lastBreak = cut.length;
          }
          if (lastBreak > 0 && lastBreak < cut.length) cut = cut.slice(0, lastBreak);
          lines.push(cut);
          rest = rest.slice(cut.length);
          w = this.width(face, size, rest);
        }
        line = rest;
        lineWidth = w;
      }
      lines.push(line);
    }
    return lines;
  }

  /** Starts a new page of the given size (points); the previous one is written out. */
  addPage(width: number, height: number): void {
    this.flush();
    this.page = this.doc.addPage([width, height]);
    for (const face of FACES) this.page.node.setFontDictionary(this.lib.PDFName.of(RESOURCE[face]), this.faces.get(face)!.font.ref);
    this.pageCount++;
  }

  /** Draws one line of text with its baseline at (x, y). */
  drawText(face: Face, size: number, x: number, y: number, s: string): void {
    if (s.length === 0) return;
    let codes = '';
    for (const ch of s) codes += this.glyph(face, ch)[0];
    const font = `/${RESOURCE[face]} ${num(size)} Tf`;
    if (font !== this.currentFont) {
      this.text.push(font);
      this.currentFont = font;
    }
    // Relative moves (Td) are much shorter than a full text matrix per line; positions are tracked
    // as written (rounded), so no rounding error accumulates down a page.
    const dx = Math.round((x - this.lineX) * 100) / 100;
    const dy = Math.round((y - this.lineY) * 100) / 100;
    this.lineX += dx;
    this.lineY += dy;
    this.text.push(`${num(dx)} ${num(dy)} Td(${codes})Tj`);
  }

  /** Text aligned in a box [x, x + width]. */
  drawAligned(face: Face, size: number, x: number, width: number, y: number, s: string, align: 'left' | 'center' | 'right'): void {
    if (align === 'left') return this.drawText(face, size, x, y, s);
    const w = this.width(face, size, s);
    this.drawText(face, size, align === 'center' ? x + (width - w) / 2 : x + width - w, y, s);
  }

  line(x1: number, y1: number, x2: number, y2: number, lineWidth = 0.5): void {
    this.graphics.push(`${num(lineWidth)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  rect(x: number, y: number, w: number, h: number, opts: { lineWidth?: number; fillGray?: number; stroke?: boolean } = {}): void {
    const r = `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
    if (opts.fillGray !== undefined) this.graphics.push(`${num(opts.fillGray)} g ${r} f 0 g`);
    if (opts.stroke !== false) this.graphics.push(`${num(opts.lineWidth ?? 0.5)} w ${r} S`);
  }

  private flush(): void {
    if (!this.page) return;
    const body = [...this.graphics, 'BT', ...this.text, 'ET'].join('\n');
    // Characters are bytes here (glyph codes as latin1), so latin1 is the exact encoding.
    const stream = this.doc.context.flateStream(Buffer.from(body, 'latin1'));
    this.page.node.addContentStream(this.doc.context.register(stream));
    this.graphics = [];
    this.text = [];
    this.currentFont = '';
    this.lineX = 0;
    this.lineY = 0;
    this.page = null;
  }

  async save(): Promise<Uint8Array> {
    this.flush();
    return this.doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  }
}
