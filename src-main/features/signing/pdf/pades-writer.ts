import crypto from 'node:crypto';
import { PDFArray, PDFDict, PDFHexString, PDFInvalidObject, PDFName, PDFString, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import type { Rect } from './appearance';

/**
 * The PAdES signature placeholder, written as an incremental update with @cantoo/pdf-lib: the
 * original bytes stay a byte-exact prefix, so signatures already in the file stay valid
 * (leader first, then the agency). Pitfalls from signing.md §3/§9 handled here: the sig dict is
 * written raw (PDFInvalidObject: never in an object stream), /ByteRange is patched in place with
 * the same length, placeholders are searched only inside the increment, Vietnamese text goes in
 * UTF-16BE hex strings.
 */
export interface WidgetSpec {
  pageIndex: number;
  rect: Rect;
  appearance: PDFRef;
}

export interface PlaceholderOptions {
  signingTimePdf: string; // D:YYYYMMDDHHmmSS+07'00'
  reserveBytes: number;
  subFilter: 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';
  name?: string;
  reason?: string;
  location?: string;
  appName: string;
  appVersion: string;
  widget: WidgetSpec;
  /** Match the input's cross-reference format (signing.md §3: mixed formats confuse some readers). */
  useObjectStreams: boolean;
}

export interface PreparedPdf {
  bytes: Uint8Array;
  byteRange: [number, number, number, number];
  fieldName: string;
}

const BR_WIDTH = 10;

export const MIN_RESERVE_BYTES = 16 * 1024;

function hexText(s: string): string {
  return PDFHexString.fromText(s.normalize('NFC')).toString();
}

/** Names of every field in the AcroForm (walks /Kids), so the new field gets a unique /T. */
export function existingFieldNames(doc: PDFDocument): Set<string> {
  const names = new Set<string>();
  const acro = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const walk = (arr: PDFArray | undefined, depth: number) => {
    if (!arr || depth > 20) return;
    for (let i = 0; i < arr.size(); i++) {
      const f = arr.lookupMaybe(i, PDFDict);
      if (!f) continue;
      const t = f.lookupMaybe(PDFName.of('T'), PDFString, PDFHexString);
      if (t) names.add(t.decodeText());
      walk(f.lookupMaybe(PDFName.of('Kids'), PDFArray), depth + 1);
    }
  };
  walk(acro?.lookupMaybe(PDFName.of('Fields'), PDFArray), 0);
  return names;
}

/**
 * Appends to the page's /Annots without pdf-lib's page "normalisation", which would wrap the
 * page content in q/Q streams and rewrite /Resources — a change to the signed content that
 * turns every earlier signature into MODIFIED_AFTER_SIGNING.
 */
function addAnnotRaw(doc: PDFDocument, pageIndex: number, ref: PDFRef): void {
  const node = doc.getPage(pageIndex).node;
  const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annots) annots.push(ref);
  else node.set(PDFName.of('Annots'), doc.context.obj([ref]));
}

export async function preparePlaceholder(doc: PDFDocument, original: Uint8Array, o: PlaceholderOptions): Promise<PreparedPdf> {
  const taken = existingFieldNames(doc);
  let n = 1;
  while (taken.has(`Signature${n}`)) n++;
  const fieldName = `Signature${n}`;
  // Makes the increment unique even when two signatures are byte-identical otherwise.
  const nonce = crypto.randomBytes(8).toString('hex');
  const placeholderBr = `/ByteRange [0 ${'0'.repeat(BR_WIDTH)} ${'0'.repeat(BR_WIDTH)} ${'0'.repeat(BR_WIDTH)}]`;
  const sigDictText = [
    '<<',
    '/Type /Sig',
    '/Filter /Adobe.PPKLite',
    `/SubFilter /${o.subFilter}`,
    placeholderBr,
    `/Contents <${'0'.repeat(o.reserveBytes * 2)}>`,
    `/M (${o.signingTimePdf})`,
    o.name ? `/Name ${hexText(o.name)}` : '',
    o.reason ? `/Reason ${hexText(o.reason)}` : '',
    o.location ? `/Location ${hexText(o.location)}` : '',
    `/Prop_Build << /App << /Name /${o.appName} /REx (${o.appVersion}) >> /Filter << /Name /Adobe.PPKLite >> /PubSec << /NonEFontNoWarn true >> >>`,
    `/vanthuNonce (${nonce})`,
    '>>',
  ]
    .filter((l) => l.length > 0)
    .join('\n');
  const ctx = doc.context;
  const sigRef = ctx.register(PDFInvalidObject.of(Buffer.from(sigDictText, 'latin1')));

  const pages = doc.getPages();
  const widgetDict = (w: WidgetSpec, extra: Record<string, unknown>) =>
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      Rect: [w.rect.x, w.rect.y, w.rect.x + w.rect.width, w.rect.y + w.rect.height],
      F: 4 + 128, // Print + Locked: the appearance is part of what was signed
      P: pages[w.pageIndex]!.ref,
      AP: { N: w.appearance },
      ...extra,
    });
  // Merged field/widget: one widget per signature, the form every viewer and pdfsig handle.
  const fieldRef = ctx.register(widgetDict(o.widget, { FT: 'Sig', T: PDFHexString.fromText(fieldName), V: sigRef }));
  addAnnotRaw(doc, o.widget.pageIndex, fieldRef);
  const acroForm = doc.catalog.getOrCreateAcroForm();
  acroForm.addField(fieldRef);
  acroForm.dict.set(PDFName.of('SigFlags'), ctx.obj(3));

  const saved = await doc.save({ useObjectStreams: o.useObjectStreams, addDefaultPage: false, updateFieldAppearances: false });
  if (saved.length <= original.length || !Buffer.from(saved.buffer, saved.byteOffset, original.length).equals(Buffer.from(original))) {
    throw new Error('incremental save changed the original bytes; refusing to continue');
  }
  return patchByteRange(saved, original.length, fieldName, placeholderBr, o.reserveBytes);
}

function patchByteRange(
  bytes: Uint8Array,
  incrementStart: number,
  fieldName: string,
  placeholderBr: string,
  reserveBytes: number,
): PreparedPdf {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const brAt = buf.indexOf(placeholderBr, incrementStart, 'latin1');
  const contentsMarker = `/Contents <${'0'.repeat(64)}`;
  const contentsAt = buf.indexOf(contentsMarker, incrementStart, 'latin1');
  if (brAt < 0 || contentsAt < 0 || buf.indexOf(placeholderBr, brAt + 1, 'latin1') >= 0) {
    throw new Error('signature placeholders not found exactly once in the increment');
  }
  const start = contentsAt + '/Contents '.length; // at '<'
  const end = start + reserveBytes * 2 + 2; // after '>'
  if (buf[start] !== 0x3c || buf[end - 1] !== 0x3e) throw new Error('signature /Contents placeholder malformed');
  const byteRange: [number, number, number, number] = [0, start, end, buf.length - end];
  const pad = (v: number) => String(v).padEnd(BR_WIDTH, ' ');
  const patched = `/ByteRange [0 ${pad(byteRange[1])} ${pad(byteRange[2])} ${pad(byteRange[3])}]`;
  if (patched.length !== placeholderBr.length) throw new Error('ByteRange does not fit its placeholder');
  buf.write(patched, brAt, 'latin1');
  return { bytes, byteRange, fieldName };
}

/** SHA-256 over the two byte ranges (everything but the /Contents hex string). */
export function byteRangeDigest(bytes: Uint8Array, br: [number, number, number, number]): Uint8Array {
  const h = crypto.createHash('sha256');
  h.update(bytes.subarray(br[0], br[0] + br[1]));
  h.update(bytes.subarray(br[2], br[2] + br[3]));
  return new Uint8Array(h.digest());
}

/** Writes the CMS, hex, zero-padded, into the reserved /Contents. */
export function embedCms(prepared: PreparedPdf, cms: Uint8Array): Uint8Array {
  const [, start, end] = prepared.byteRange;
  const room = (end - start - 2) / 2;
  if (cms.length > room) {
    throw new Error(`CMS of ${cms.length} bytes does not fit the ${room}-byte reserve`);
  }
  const out = prepared.bytes;
  Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(Buffer.from(cms).toString('hex'), start + 1, 'latin1');
  return out;
}
