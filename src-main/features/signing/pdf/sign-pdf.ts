import crypto from 'node:crypto';
import { AppError, appError } from '../../../../src-shared/rpc/errors';
import { prepareSignerInfo, type CmsSigner } from '../cms/cades-builder';
import type { TimestampAuthority } from '../cms/timestamp';
import {
  embedSerif,
  imageAppearance,
  pdfDateVn,
  readPngInfo,
  textAppearance,
  textBlockSize,
  topRightRect,
  vnSigningTimeText,
  type Rect,
} from './appearance';
import { stampNumberAndDate, type NumberStamp } from './number-stamp';
import { byteRangeDigest, embedCms, MIN_RESERVE_BYTES, preparePlaceholder, type WidgetSpec } from './pades-writer';
import { loadPdfForSigning, PDF_LIMITS } from './pdf-input';
import { checkPage, checkRect, placeSeal, placeSignerImage, sealSize, type Placement } from './placement';
import type { TextReader } from './text-layer';

/**
 * One PAdES signature on one PDF, in memory: validate input -> (number stamp) -> appearance ->
 * placeholder increment -> SHA-256 of the byte range -> CMS signed on the token -> (B-T timestamp)
 * -> embed. The caller writes the result (temp + rename) only after verifying it.
 */
export type AppearanceRequest =
  | { kind: 'signer'; image: Uint8Array; signerName: string; page?: number; rect?: Rect }
  | { kind: 'seal'; image: Uint8Array; sizeMm?: number; page?: number; rect?: Rect }
  | { kind: 'attachment'; number: string }
  | { kind: 'copy'; copyForm: 'SAO Y' | 'SAO LỤC' | 'TRÍCH SAO'; agencyName: string };

export interface SignPdfRequest {
  bytes: Uint8Array;
  label: string;
  signer: CmsSigner;
  signingTime: Date;
  appearance: AppearanceRequest;
  fonts: { regular: Uint8Array; italic: Uint8Array };
  /** The PDF's text layer (signer's name line, the "Số:" line), read off the main thread in the app. */
  readText: TextReader;
  number?: NumberStamp;
  tsa?: TimestampAuthority;
  reserveBytes?: number;
  reason?: string;
  location?: string;
  signerName?: string;
  appVersion: string;
  maxPages?: number;
}

export interface SignPdfResult {
  bytes: Uint8Array;
  fieldName: string;
  placement: Placement;
  level: 'B-B' | 'B-T';
  timestampTime?: Date;
  warnings: string[];
  numberStamped: boolean;
}

export const DEFAULT_RESERVE_BYTES = 32 * 1024;

export async function signPdf(req: SignPdfRequest): Promise<SignPdfResult> {
  const reserveBytes = Math.max(req.reserveBytes ?? DEFAULT_RESERVE_BYTES, MIN_RESERVE_BYTES);
  const loaded = await loadPdfForSigning(req.bytes, req.label, { maxPages: req.maxPages ?? PDF_LIMITS.maxPages });
  const { doc } = loaded;
  const warnings: string[] = [];
  const pageSize = (i: number) => doc.getPage(i).getSize();
  const lastPage = doc.getPageCount() - 1;
  let placement: Placement;
  let widget: WidgetSpec;

  const a = req.appearance;
  if (a.kind === 'signer' || a.kind === 'seal') {
    const png = readPngInfo(a.image, a.kind === 'signer' ? 'signatureImage' : 'sealImage');
    const page = checkPage(a.page, doc.getPageCount());
    if (a.rect) {
      const pageIndex = page ?? lastPage;
      placement = { pageIndex, rect: checkRect(a.rect, pageSize(pageIndex)) };
    } else if (a.kind === 'signer') {
      placement = await placeSignerImage(req.bytes, doc, a.signerName, png, req.readText, page);
    } else {
      placement = placeSeal(doc, sealSize(png, a.sizeMm), page);
    }
    const ap = await imageAppearance(doc, a.image, placement.rect);
    widget = { ...placement, appearance: ap };
  } else {
    const font = await embedSerif(doc, req.fonts.regular);
    const time = vnSigningTimeText(req.signingTime);
    // Phụ lục I.II.8.b: number and signing time; Phần II.I.3.c: form of copy, copying agency, time.
    const lines = a.kind === 'attachment' ? [`Số: ${a.number}`, time] : [a.copyForm, a.agencyName, time];
    const box = textBlockSize(font, lines);
    const rect = topRightRect(pageSize(0), box);
    const ap = textAppearance(doc, font, 'F1', lines);
    placement = { pageIndex: 0, rect };
    widget = { ...placement, appearance: ap.ref };
  }

  let numberStamped = false;
  if (req.number) {
    await stampNumberAndDate(req.bytes, doc, req.number, req.fonts, req.readText);
    numberStamped = true;
  }

  const prepared = await preparePlaceholder(doc, req.bytes, {
    signingTimePdf: pdfDateVn(req.signingTime),
    reserveBytes,
    subFilter: 'ETSI.CAdES.detached',
    ...(req.signerName ? { name: req.signerName } : {}),
    ...(req.reason ? { reason: req.reason } : {}),
    ...(req.location ? { location: req.location } : {}),
    appName: 'vanthu',
    appVersion: req.appVersion,
    widget,
    useObjectStreams: loaded.structure.xrefKind === 'stream',
  });

  const digest = byteRangeDigest(prepared.bytes, prepared.byteRange);
  const signerInfo = prepareSignerInfo({
    contentDigest: digest,
    certificate: req.signer.certificate,
    chain: req.signer.chain,
    keyAlgorithm: req.signer.keyAlgorithm,
  });
  const signature = await req.signer.sign(signerInfo.tbs);

  let level: 'B-B' | 'B-T' = 'B-B';
  let timestampTime: Date | undefined;
  let timestampToken: Uint8Array | undefined;
  if (req.tsa) {
    try {
      const ts = await req.tsa.timestamp(new Uint8Array(crypto.createHash('sha256').update(signature).digest()));
      timestampToken = ts.token;
      timestampTime = ts.genTime;
      level = 'B-T';
    } catch (err) {
      if (!(err instanceof AppError) || err.kind !== 'Offline') throw err;
      warnings.push(
        `Không lấy được dấu thời gian (${err.message}); văn bản được ký ở mức PAdES B-B, thời điểm ký do máy tính này ghi nhận.`,
      );
    }
  }
  const cms = signerInfo.finish(signature, timestampToken);
  if (cms.length > reserveBytes) {
    throw appError('signing.reserveTooSmall', { size: cms.length, reserved: reserveBytes }, { cmsBytes: cms.length });
  }
  return {
    bytes: embedCms(prepared, cms),
    fieldName: prepared.fieldName,
    placement,
    level,
    ...(timestampTime ? { timestampTime } : {}),
    warnings,
    numberStamped,
  };
}
