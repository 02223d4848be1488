import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from '@cantoo/pdf-lib';
import { loadPdfDocument } from '../../pdf/pdf-lib-load';

/** A signature dictionary as found in the final revision, with the raw bytes its ByteRange names. */
export interface PdfSignature {
  fieldName: string;
  subFilter: string;
  byteRange?: [number, number, number, number];
  /** The CMS bytes taken from the file gap between the two ranges (not from the parsed object). */
  contents?: Uint8Array;
  claimedTime?: Date;
  name?: string;
  reason?: string;
  location?: string;
  /** Why the dictionary cannot be verified at all (MALFORMED). */
  malformed?: string;
}

const text = (d: PDFDict, key: string) => d.lookupMaybe(PDFName.of(key), PDFString, PDFHexString)?.decodeText().normalize('NFC');

/** D:YYYYMMDDHHmmSS+07'00' (any prefix of it) -> Date; undefined when unreadable. */
export function parsePdfDate(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', , sign, oh = '00', om = '00'] = m;
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se)) - offset * 60_000;
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

function collectSigFields(doc: PDFDocument): Array<{ name: string; v: PDFDict }> {
  const out: Array<{ name: string; v: PDFDict }> = [];
  const seen = new Set<PDFDict>();
  const acro = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const walk = (arr: PDFArray | undefined, prefix: string, inheritedFt: string | undefined, depth: number) => {
    if (!arr || depth > 20) return;
    for (let i = 0; i < arr.size(); i++) {
      const f = arr.lookupMaybe(i, PDFDict);
      if (!f) continue;
      const t = text(f, 'T');
      const name = t === undefined ? prefix : prefix ? `${prefix}.${t}` : t;
      const ft = f.lookupMaybe(PDFName.of('FT'), PDFName)?.asString() ?? inheritedFt;
      const v = f.lookupMaybe(PDFName.of('V'), PDFDict);
      if (ft === '/Sig' && v && !seen.has(v)) {
        seen.add(v);
        out.push({ name, v });
      }
      walk(f.lookupMaybe(PDFName.of('Kids'), PDFArray), name, ft, depth + 1);
    }
  };
  walk(acro?.lookupMaybe(PDFName.of('Fields'), PDFArray), '', undefined, 0);
  return out;
}

/** Signature dictionaries of a PDF, oldest revision first. Throws only when the PDF cannot be parsed. */
export async function readSignatures(bytes: Uint8Array, loaded?: PDFDocument): Promise<PdfSignature[]> {
  const doc = loaded ?? (await loadPdfDocument(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false }));
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sigs = collectSigFields(doc).map(({ name, v }): PdfSignature => {
    const subFilter = v.lookupMaybe(PDFName.of('SubFilter'), PDFName)?.decodeText() ?? '';
    const base: PdfSignature = {
      fieldName: name,
      subFilter,
      ...(v.lookupMaybe(PDFName.of('M'), PDFString, PDFHexString)
        ? { claimedTime: parsePdfDate(v.lookupMaybe(PDFName.of('M'), PDFString, PDFHexString)!.decodeText()) }
        : {}),
      ...(text(v, 'Name') ? { name: text(v, 'Name') } : {}),
      ...(text(v, 'Reason') ? { reason: text(v, 'Reason') } : {}),
      ...(text(v, 'Location') ? { location: text(v, 'Location') } : {}),
    };
    const brArr = v.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
    const br = brArr && brArr.size() === 4 ? [0, 1, 2, 3].map((i) => brArr.lookupMaybe(i, PDFNumber)?.asNumber()) : undefined;
    if (!br || br.some((n) => n === undefined || !Number.isSafeInteger(n) || n < 0))
      return { ...base, malformed: 'Thiếu hoặc sai /ByteRange.' };
    const [a, b, c, d] = br as [number, number, number, number];
    if (a !== 0 || b <= 0 || c <= b + 1 || c + d > bytes.length) {
      return {
        ...base,
        byteRange: [a, b, c, d],
        malformed: `/ByteRange [${a} ${b} ${c} ${d}] không hợp lệ với tệp dài ${bytes.length} byte.`,
      };
    }
    // A signed revision ends where a save of the file ended (%%EOF); a range ending elsewhere does not fit the file.
    if (!/%%EOF[\s\0]*$/.test(buf.toString('latin1', Math.max(0, c + d - 64), c + d))) {
      return {
        ...base,
        byteRange: [a, b, c, d],
        malformed: `/ByteRange [${a} ${b} ${c} ${d}] không kết thúc ở cuối một lần lưu tệp (%%EOF): chữ ký không khớp với tệp.`,
      };
    }
    if (buf[b] !== 0x3c || buf[c - 1] !== 0x3e)
      return { ...base, byteRange: [a, b, c, d], malformed: 'Khoảng trống của /ByteRange không phải chuỗi /Contents <…>.' };
    const hex = buf.toString('latin1', b + 1, c - 1);
    if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0)
      return { ...base, byteRange: [a, b, c, d], malformed: '/Contents không phải chuỗi hex.' };
    const contents = new Uint8Array(Buffer.from(hex, 'hex'));
    const raw = v.lookup(PDFName.of('Contents'));
    const parsed = raw instanceof PDFHexString || raw instanceof PDFString ? raw.asBytes() : undefined;
    if (!parsed || !Buffer.from(parsed).equals(Buffer.from(contents))) {
      return { ...base, byteRange: [a, b, c, d], malformed: '/ByteRange không trỏ vào đúng /Contents của chữ ký này.' };
    }
    return { ...base, byteRange: [a, b, c, d], contents };
  });
  const end = (s: PdfSignature) => (s.byteRange ? s.byteRange[2] + s.byteRange[3] : Number.MAX_SAFE_INTEGER);
  return sigs.sort((x, y) => end(x) - end(y));
}
