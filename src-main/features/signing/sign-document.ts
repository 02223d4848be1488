import path from 'node:path';
import { appError } from '../../../src-shared/rpc/errors';
import type { SignDocumentInput, SignResult } from '../../../src-shared/contracts/signing.contract';
import { toVnIso, vnDate } from '../../../src-shared/domain/vn-time';
import { createHttpTsa, type TimestampAuthority } from './cms/timestamp';
import { checkOutputPath, sha256Hex, writeFileAtomic } from './file-io';
import { readFileBounded } from './pdf/appearance';
import { PDF_LIMITS } from './pdf/pdf-input';
import { signPdf, type AppearanceRequest } from './pdf/sign-pdf';
import type { TextReader } from './pdf/text-layer';
import type { TokenSigner } from './token/token-provider';
import type { TrustStore } from './trust/trust-store';
import { buildChain } from './verify/cert-chain';
import { isSelfIssued, parseCertificate, type CertInfo } from './verify/certs';
import { verifyPdf } from './verify/pdf-verifier';

/** Everything one document needs once the token is open and logged in. */
export interface SignContext {
  signer: TokenSigner;
  signerCert: CertInfo;
  /** CA certificates found on the token (real tokens carry their chain). */
  tokenCaCerts: CertInfo[];
  trust: TrustStore;
  now: () => Date;
  fonts: { regular: Uint8Array; italic: Uint8Array };
  readText: TextReader;
  appVersion: string;
  tsaUrl?: string;
  tsaFactory?: (url: string) => TimestampAuthority;
  maxPages?: number;
  /** Antivirus on the signed PDF before it is written (safety/release-scan); throws to refuse it. */
  scanOutput?: (bytes: Uint8Array, name: string) => Promise<unknown>;
}

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const INTEGRITY_FAILURES = new Set(['MALFORMED', 'INVALID_DIGEST', 'INVALID_SIGNATURE', 'MODIFIED_AFTER_SIGNING']);

/**
 * Refuses certificates that must not sign: outside their validity now, or without
 * digitalSignature / nonRepudiation (an encryption-only certificate on the same token).
 */
export function checkSigningCertificate(c: CertInfo, now: Date): void {
  if (now < c.notBefore || now > c.notAfter) {
    throw appError(
      'signing.certificateExpired',
      { name: c.commonName, from: toVnIso(c.notBefore).slice(0, 10), to: toVnIso(c.notAfter).slice(0, 10) },
      {
        field: 'keyId',
        reason: 'certificate-expired',
      },
    );
  }
  if (c.isCA || (c.keyUsage && !c.keyUsage.digitalSignature && !c.keyUsage.nonRepudiation)) {
    throw appError(
      'signing.certificateNotForSigning',
      { name: c.commonName },
      {
        field: 'keyId',
        reason: 'certificate-not-for-signing',
      },
    );
  }
}

/** Intermediates to embed: the issuing path without the self-signed root (verifiers bring their own). */
export function chainToEmbed(ctx: Pick<SignContext, 'signerCert' | 'tokenCaCerts' | 'trust' | 'now'>): CertInfo[] {
  const chain = buildChain(ctx.signerCert, ctx.tokenCaCerts, ctx.trust, ctx.now());
  return chain.path.slice(1).filter((c) => !isSelfIssued(c));
}

/** One document in memory: its bytes, its ND30 appearance (images already read) and the stamp. */
export interface SignBytesRequest {
  bytes: Uint8Array;
  /** File name for messages. */
  label: string;
  appearance: AppearanceRequest;
  number?: string;
  issuedDate?: string;
  reason?: string;
  location?: string;
}

/** The stamp's optional fields of a document request, only those given. */
export function stampFields(doc: {
  number?: string | undefined;
  issuedDate?: string | undefined;
  reason?: string | undefined;
  location?: string | undefined;
}) {
  return {
    ...(doc.number ? { number: doc.number } : {}),
    ...(doc.issuedDate ? { issuedDate: doc.issuedDate } : {}),
    ...(doc.reason ? { reason: doc.reason } : {}),
    ...(doc.location ? { location: doc.location } : {}),
  };
}

export type BytesSignResult = Omit<SignResult, 'inputPath' | 'outputPath'>;

/**
 * Signs bytes and checks the result with our verifier; returns the signed bytes without writing
 * anything. Callers (a path, the file store) persist them only after this returned.
 */
export async function signBytes(req: SignBytesRequest, ctx: SignContext): Promise<{ bytes: Uint8Array; result: BytesSignResult }> {
  const signingTime = ctx.now();
  await refuseBrokenSignatures(req.bytes, req.label, ctx.trust, signingTime);
  if (req.appearance.kind === 'attachment' && !req.number) {
    throw appError('signing.attachmentNeedsNumber', undefined, { field: 'number' });
  }
  // An attachment shows the main document's number (the request's), whatever the appearance carried.
  const a: AppearanceRequest = req.appearance.kind === 'attachment' ? { kind: 'attachment', number: req.number! } : req.appearance;
  // On a main document the number goes into its "Số:" line; on an attachment it is only shown in the text.
  const stamp =
    req.number && a.kind !== 'attachment' ? { number: req.number, issuedDate: req.issuedDate ?? vnDate(signingTime) } : undefined;
  const result = await signPdf({
    bytes: req.bytes,
    label: req.label,
    signer: {
      certificate: ctx.signer.certificate,
      chain: chainToEmbed(ctx).map((c) => c.der),
      keyAlgorithm: ctx.signer.keyAlgorithm,
      sign: (tbs) => ctx.signer.sign(tbs),
    },
    signingTime,
    appearance: a,
    fonts: ctx.fonts,
    readText: ctx.readText,
    ...(stamp ? { number: stamp } : {}),
    ...(ctx.tsaUrl ? { tsa: (ctx.tsaFactory ?? createHttpTsa)(ctx.tsaUrl) } : {}),
    ...(req.reason ? { reason: req.reason } : {}),
    ...(req.location ? { location: req.location } : {}),
    signerName: ctx.signerCert.commonName,
    appVersion: ctx.appVersion,
    ...(ctx.maxPages ? { maxPages: ctx.maxPages } : {}),
  });

  // Self-check before anything reaches the disk: the new signature must verify, and every signature
  // that was intact before must still be intact.
  const reports = await verifyPdf(result.bytes, ctx.trust, signingTime);
  const mine = reports.find((r) => r.fieldName === result.fieldName);
  if (!mine || INTEGRITY_FAILURES.has(mine.verdict)) {
    throw mine
      ? appError('signing.selfCheckFailed', { verdict: mine.verdict }, { problems: mine.problems })
      : appError('signing.selfCheckMissing', undefined, { problems: [] });
  }
  const broken = reports.filter((r) => r.fieldName !== result.fieldName && r.verdict === 'MODIFIED_AFTER_SIGNING');
  if (broken.length > 0) {
    throw appError(
      'signing.changedSignedPart',
      { fields: broken.map((b) => b.fieldName).join(', ') },
      { problems: broken.flatMap((b) => b.problems) },
    );
  }
  const warnings = [...result.warnings];
  if (!mine.chainTrusted)
    warnings.push('Chứng thư số chưa nối được tới chứng thư gốc tin cậy trên máy này; bên nhận có thể thấy "không xác định".');
  if (!ctx.tsaUrl) warnings.push('Không cấu hình máy chủ dấu thời gian: ký ở mức PAdES B-B, thời điểm ký theo đồng hồ máy tính này.');
  return {
    bytes: result.bytes,
    result: {
      sha256: sha256Hex(result.bytes),
      bytes: result.bytes.length,
      fieldName: result.fieldName,
      level: result.level,
      signingTime: toVnIso(signingTime),
      ...(result.timestampTime ? { timestampTime: toVnIso(result.timestampTime) } : {}),
      signer: ctx.signerCert.commonName,
      organization: ctx.signerCert.organization,
      page: result.placement.pageIndex + 1,
      rect: result.placement.rect,
      numberStamped: result.numberStamped,
      warnings,
      verification: mine,
    },
  };
}

/** The path-based flow (CLI, Electron file dialog): read, sign, verify, then write atomically. */
export async function signDocument(doc: SignDocumentInput, ctx: SignContext): Promise<SignResult> {
  const inputPath = path.resolve(doc.inputPath);
  const outputPath = checkOutputPath(inputPath, doc.outputPath, doc.overwrite ?? false);
  const label = path.basename(inputPath);
  const bytes = readFileBounded(inputPath, PDF_LIMITS.maxBytes, label);
  const a = doc.appearance;
  let appearance: AppearanceRequest;
  switch (a.kind) {
    case 'signer':
      appearance = {
        kind: 'signer',
        image: readFileBounded(a.imagePath, MAX_IMAGE_BYTES, 'signatureImage'),
        signerName: a.signerName ?? ctx.signerCert.commonName,
        ...(a.page !== undefined ? { page: a.page } : {}),
        ...(a.rect ? { rect: a.rect } : {}),
      };
      break;
    case 'seal':
      appearance = {
        kind: 'seal',
        image: readFileBounded(a.imagePath, MAX_IMAGE_BYTES, 'sealImage'),
        ...(a.sealSizeMm !== undefined ? { sizeMm: a.sealSizeMm } : {}),
        ...(a.page !== undefined ? { page: a.page } : {}),
        ...(a.rect ? { rect: a.rect } : {}),
      };
      break;
    case 'attachment':
      appearance = { kind: 'attachment', number: doc.number ?? '' };
      break;
    case 'copy':
      appearance = { kind: 'copy', copyForm: a.copyForm ?? 'SAO Y', agencyName: a.agencyName ?? ctx.signerCert.commonName };
      break;
  }
  const signed = await signBytes({ bytes, label, appearance, ...stampFields(doc) }, ctx);
  await ctx.scanOutput?.(signed.bytes, path.basename(outputPath));
  writeFileAtomic(outputPath, signed.bytes);
  return { inputPath, outputPath, ...signed.result };
}

/**
 * Countersigning a document whose existing signature is already broken would lend the agency's
 * signature to altered content (the văn thư signs only what the competent person validly signed).
 */
async function refuseBrokenSignatures(bytes: Uint8Array, label: string, trust: TrustStore, now: Date): Promise<void> {
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/ByteRange')) return;
  let reports;
  try {
    reports = await verifyPdf(bytes, trust, now);
  } catch {
    return; // unreadable files are refused with a precise message by the signing step itself
  }
  const bad = reports.filter((r) => INTEGRITY_FAILURES.has(r.verdict));
  if (bad.length > 0) {
    throw appError(
      'signing.existingSignatureBroken',
      { label, problems: bad.map((b) => `${b.fieldName}: ${b.message}`).join('; ') },
      {
        reason: 'existing-signature-broken',
        signatures: bad.map((b) => ({ fieldName: b.fieldName, verdict: b.verdict })),
      },
    );
  }
}

export function parseTokenCerts(certs: Array<{ id: string; der: Uint8Array }>): Array<{ id: string; info: CertInfo }> {
  const out: Array<{ id: string; info: CertInfo }> = [];
  for (const c of certs) {
    try {
      out.push({ id: c.id, info: parseCertificate(c.der) });
    } catch {
      /* an unreadable object on the token is skipped, not fatal */
    }
  }
  return out;
}
