import { PDFDocument, PDFParser, type LoadOptions } from '@cantoo/pdf-lib';

/**
 * The one way src-main loads a PDF with pdf-lib (for editing, signing, reading signatures). Files
 * come from outside, so pdf-lib's parser is guarded first:
 *
 * pdf-lib reads a file from its first byte, ignoring the cross-reference table. When a damaged
 * object makes it lose its place, its recovery (`skipJibberish`) steps forward one byte at a time
 * and at every byte tries to read an object header `N G obj`, reading the whole run of digits each
 * time. A signed PDF holds tens of kilobytes of hex digits (the zero padding of /Contents), so one
 * byte changed before a signature made `PDFDocument.load` run for minutes (quadratic; found by the
 * fuzz corpus, tests/fuzz). An object or generation number has at most 10 digits (the xref table's
 * field width), so the guarded header check gives up after 10 digits: the same answers, linear time.
 */
const MAX_HEADER_DIGITS = 10;

interface ParserInternals {
  bytes: { offset(): number; peekAt(offset: number): number | undefined };
  matchIndirectObjectHeader(): boolean;
}

let guarded = false;
function guardParser(): void {
  if (guarded) return;
  guarded = true;
  const proto = PDFParser.prototype as unknown as ParserInternals;
  const original = proto.matchIndirectObjectHeader;
  proto.matchIndirectObjectHeader = function (this: ParserInternals): boolean {
    const at = this.bytes.offset();
    let digits = 0;
    for (let b = this.bytes.peekAt(at); b !== undefined && b >= 0x30 && b <= 0x39; b = this.bytes.peekAt(at + digits)) {
      if (++digits > MAX_HEADER_DIGITS) return false;
    }
    if (digits === 0) return false;
    return original.call(this);
  };
}

export async function loadPdfDocument(bytes: Uint8Array, options: LoadOptions = {}): Promise<PDFDocument> {
  guardParser();
  return PDFDocument.load(bytes, options);
}
