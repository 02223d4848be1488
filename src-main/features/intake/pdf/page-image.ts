/**
 * Page images: recognise what a file is by its bytes (never its name), turn scanner output into
 * the batch's master JPEG, make thumbnails, read multi-page TIFF page by page. Every failure is a
 * Validation error naming the file and what is wrong with it.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { AppError, appError, errorInFile } from '../../../../src-shared/rpc/errors';

export type SniffedType = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'pnm' | 'unknown';

/** Largest file taken in: matches the file store (a 300-page scan fits). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/** More pages than this in one file is a mistake (or an attack), not a document. */
export const MAX_PAGES_PER_FILE = 500;
/** 1200 dpi A3 is ~ 14000×20000; anything larger is refused before decoding. */
export const MAX_PIXELS = 300_000_000;

export function sniff(head: Uint8Array): SniffedType {
  const b = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (
    b.length >= 4 &&
    ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a))
  )
    return 'tiff';
  if (b.length >= 2 && b[0] === 0x50 && b[1] !== undefined && b[1] >= 0x31 && b[1] <= 0x36) return 'pnm';
  if (b.toString('latin1').includes('%PDF-')) return 'pdf';
  return 'unknown';
}

export function readHead(file: string, n = 1024): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

/** A refusal of one file: `problem` (a keyed error) prefixed with the file's name, the problem also as the file field's message. */
const bad = (name: string, problem: AppError, reason: string) =>
  errorInFile(name, problem, { field: 'file', file: name, reason, fields: [{ field: 'file', message: problem.message }] });

export interface MasterImage {
  jpeg: Buffer;
  widthPx: number;
  heightPx: number;
  dpi: number;
  /** The image has no colour (one channel): kept grey. */
  gray: boolean;
}

const sharpOpts = { failOn: 'truncated' as const, limitInputPixels: MAX_PIXELS, sequentialRead: true };

/**
 * The batch keeps one JPEG per page ("master"): colour or grey as scanned, at the scan's
 * resolution. Assembly embeds it unchanged in the default case (no second lossy step).
 * `dpiHint` is used when the image carries no density (scanner PNGs often don't).
 */
export async function toMasterJpeg(
  input: string | Buffer,
  opts: { name: string; dpiHint?: number; page?: number; gray?: boolean; quality?: number },
): Promise<MasterImage> {
  try {
    const img = sharp(input, { ...sharpOpts, ...(opts.page !== undefined ? { page: opts.page } : {}) }).rotate();
    const meta = await img.metadata();
    if (!meta.width || !meta.height) throw bad(opts.name, appError('intake.imageNoSize'), 'damaged');
    checkPixels(opts.name, meta.width, meta.height);
    const dpi = Math.round(opts.dpiHint ?? (meta.density && meta.density > 30 ? meta.density : 200));
    let pipe = img.withMetadata({ density: dpi });
    const gray = Boolean(opts.gray) || meta.channels === 1 || meta.channels === 2 || meta.space === 'b-w';
    if (gray) pipe = pipe.grayscale();
    const { data, info } = await pipe
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: opts.quality ?? 85, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: data, widthPx: info.width, heightPx: info.height, dpi, gray };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw describeImageError(opts.name, err);
  }
}

/** Refuses, from the header alone, an image whose declared size would not fit in memory once decoded. */
function checkPixels(name: string, width: number, height: number): void {
  if (width * height > MAX_PIXELS) {
    throw bad(name, appError('intake.imageTooLarge', { width, height, max: MAX_PIXELS / 1_000_000 }), 'too-large');
  }
}

/**
 * The clerk's words for an image the library could not read: what is wrong and what to do. The
 * library's own text (libvips, libpng, libjpeg, libtiff) goes to `details.detail` for support only.
 */
export function describeImageError(name: string, err: unknown): AppError {
  const detail = (err as Error)?.message ?? String(err);
  const withDetail = (e: AppError) => AppError.fromData({ ...e.toData(), details: { ...e.details, detail } });
  if (/pixel limit|exceeds pixel/i.test(detail)) {
    return withDetail(bad(name, appError('intake.imageOverLimit', { max: MAX_PIXELS / 1_000_000 }), 'too-large'));
  }
  if (/unsupported image format|not a known file format|Input buffer contains unsupported/i.test(detail)) {
    return withDetail(bad(name, appError('intake.imageWrongFormat'), 'damaged'));
  }
  return withDetail(bad(name, appError('intake.imageDamaged'), 'damaged'));
}

export async function thumbnail(input: Buffer, rotation = 0): Promise<Buffer> {
  return sharp(input, sharpOpts).rotate(rotation).resize({ width: 240, withoutEnlargement: true }).jpeg({ quality: 60 }).toBuffer();
}

/** Number of pages in an image file (TIFF may have many); checked against MAX_PAGES_PER_FILE. */
export async function imagePageCount(file: string, name: string): Promise<number> {
  try {
    const meta = await sharp(file, { limitInputPixels: MAX_PIXELS }).metadata();
    const pages = meta.pages ?? 1;
    if (meta.width && meta.height) checkPixels(name, meta.width, meta.height);
    if (pages > MAX_PAGES_PER_FILE) {
      throw bad(name, appError('intake.imageTooManyPages', { pages, max: MAX_PAGES_PER_FILE }), 'too-many-pages');
    }
    return pages;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw describeImageError(name, err);
  }
}

/** Grey, or black-and-white by a fixed threshold after normalising (keeps text, loses the red seal). */
export async function convertForMode(
  jpeg: Buffer,
  mode: 'color' | 'gray' | 'bw',
  quality: number,
  rotation = 0,
): Promise<{ data: Buffer; kind: 'jpeg' | 'bilevel'; width: number; height: number }> {
  let img = sharp(jpeg, sharpOpts).rotate(rotation);
  if (mode === 'color') {
    const { data, info } = await img.jpeg({ quality }).toBuffer({ resolveWithObject: true });
    return { data, kind: 'jpeg', width: info.width, height: info.height };
  }
  img = img.grayscale();
  if (mode === 'gray') {
    const { data, info } = await img.jpeg({ quality }).toBuffer({ resolveWithObject: true });
    return { data, kind: 'jpeg', width: info.width, height: info.height };
  }
  const { data, info } = await img.normalise().threshold(160).raw().toBuffer({ resolveWithObject: true });
  return { data: packBits(data, info.width, info.height), kind: 'bilevel', width: info.width, height: info.height };
}

/** 8-bit grey (0/255) → 1 bit per pixel, rows padded to a byte; 1 = white as in DeviceGray. */
export function packBits(grey: Buffer, width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 8);
  const out = Buffer.alloc(rowBytes * height);
  const full = width >> 3;
  const g = grey;
  for (let y = 0; y < height; y++) {
    let src = y * width;
    const dst = y * rowBytes;
    // Eight pixels per step: a thresholded pixel is 0 or 255, so its top bit is the bit we want.
    for (let b = 0; b < full; b++, src += 8) {
      out[dst + b] =
        (g[src]! & 0x80) |
        ((g[src + 1]! & 0x80) >> 1) |
        ((g[src + 2]! & 0x80) >> 2) |
        ((g[src + 3]! & 0x80) >> 3) |
        ((g[src + 4]! & 0x80) >> 4) |
        ((g[src + 5]! & 0x80) >> 5) |
        ((g[src + 6]! & 0x80) >> 6) |
        ((g[src + 7]! & 0x80) >> 7);
    }
    let byte = 0;
    for (let x = full * 8; x < width; x++) if (g[y * width + x]! & 0x80) byte |= 0x80 >> (x & 7);
    if (full * 8 < width) out[dst + full] = byte;
  }
  return out;
}
