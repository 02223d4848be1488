import crypto from 'node:crypto';
import { PDFDocument } from '@cantoo/pdf-lib';
import { loadPdfDocument } from '../../pdf/pdf-lib-load';
import { AppError, appError } from '../../../../src-shared/rpc/errors';
import { toVnIso } from '../../../../src-shared/domain/vn-time';
import type { SignatureReport, Verdict } from '../../../../src-shared/contracts/signing.contract';
import type { TrustStore } from '../trust/trust-store';
import { buildChain } from './cert-chain';
import { checkPdfCms, type HashName } from './cms-verify';
import { readSignatures, type PdfSignature } from './pdf-signatures';
import { diffRevisions, type RevisionDiff } from './revision-diff';

/**
 * Verifies every signature of a PDF, oldest first, and gives each one verdict. Precedence, most
 * serious first: MALFORMED, INVALID_DIGEST, INVALID_SIGNATURE, MODIFIED_AFTER_SIGNING,
 * UNTRUSTED_CHAIN, EXPIRED, VALID_WITH_LATER_SIGNATURES, VALID. The chain is judged at the signature
 * timestamp when there is a valid one, else at the time the signer claims (/M) — said in `timeSource`.
 * Revocation (CRL/OCSP) is not checked: the app works offline; `revocation: 'not-checked'` says so.
 */
export const VERDICT_TEXT: Record<Verdict, string> = {
  VALID: 'Chữ ký hợp lệ.',
  VALID_WITH_LATER_SIGNATURES: 'Chữ ký hợp lệ; sau chữ ký này văn bản chỉ được ký thêm.',
  MODIFIED_AFTER_SIGNING: 'Văn bản đã bị thay đổi sau khi ký.',
  INVALID_DIGEST: 'Nội dung văn bản không còn khớp với chữ ký (đã bị sửa).',
  INVALID_SIGNATURE: 'Chữ ký không hợp lệ.',
  UNTRUSTED_CHAIN: 'Chứng thư số không thuộc tổ chức cung cấp dịch vụ tin cậy.',
  EXPIRED: 'Chứng thư số không còn hiệu lực tại thời điểm ký.',
  MALFORMED: 'Chữ ký bị hỏng cấu trúc, không kiểm tra được.',
};

const iso = (d: Date | undefined) => (d ? toVnIso(d) : undefined);

export async function verifyPdf(bytes: Uint8Array, trust: TrustStore, now: Date): Promise<SignatureReport[]> {
  let signatures: PdfSignature[];
  let finalDoc: PDFDocument;
  try {
    finalDoc = await loadPdfDocument(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
    signatures = await readSignatures(bytes, finalDoc);
  } catch (err) {
    throw appError('signing.verifyUnreadable', undefined, {
      reason: 'unreadable',
      detail: (err as Error).message,
    });
  }
  const diffs = new Map<number, Promise<RevisionDiff>>();
  const reports: SignatureReport[] = [];
  for (const sig of signatures) reports.push(await verifyOne(bytes, sig, trust, now, finalDoc, diffs));
  return reports;
}

export interface PdfVerification {
  /** unsigned: no trace of a signature; signed: every signature in the file was read; damaged: a signature was there but cannot be read whole. */
  fileState: 'unsigned' | 'signed' | 'damaged';
  /** For `damaged`: what is wrong, for the clerk. */
  damage?: string;
  signatures: SignatureReport[];
  allValid: boolean;
}

const latin1 = (b: Uint8Array, start: number, end: number) =>
  Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('latin1');

/** How many signature dictionaries the raw bytes show (`/ByteRange [`), parsed or not. */
function signatureTraces(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .match(/\/ByteRange\s*\[/g) ?? []
  ).length;
}

/**
 * A whole file's answer: not a PDF (refused), unsigned, signed, or signed and damaged — a file cut in
 * the middle of its signature must never look like a file that was never signed.
 */
export async function verifyPdfFile(bytes: Uint8Array, trust: TrustStore, now: Date): Promise<PdfVerification> {
  if (!/%PDF-\d\.\d/.test(latin1(bytes, 0, Math.min(bytes.length, 1024)))) {
    throw appError('signing.verifyNotPdf', undefined, { reason: 'not-pdf' });
  }
  const traces = signatureTraces(bytes);
  const cut = !/%%EOF[\s\0]*$/.test(latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length));
  const cutText = cut ? ' Tệp bị cắt cụt (thiếu phần cuối %%EOF): hãy lấy lại bản gốc.' : '';
  let signatures: SignatureReport[];
  try {
    signatures = await verifyPdf(bytes, trust, now);
  } catch (err) {
    if (traces === 0 || !(err instanceof AppError) || err.details?.reason !== 'unreadable') throw err;
    return {
      fileState: 'damaged',
      damage: `Tệp PDF có ${traces} chữ ký số nhưng bị hỏng, không đọc được cấu trúc tệp.${cutText}`,
      signatures: [],
      allValid: false,
    };
  }
  const ok = (s: SignatureReport) => s.verdict === 'VALID' || s.verdict === 'VALID_WITH_LATER_SIGNATURES';
  if (traces > signatures.length) {
    const lost = traces - signatures.length;
    return {
      fileState: 'damaged',
      damage: `Tệp PDF có ${traces} chữ ký số nhưng ${lost} chữ ký không đọc được (từ điển chữ ký bị hỏng).${cutText}`,
      signatures,
      allValid: false,
    };
  }
  if (signatures.length === 0) return { fileState: 'unsigned', signatures, allValid: false };
  return { fileState: 'signed', signatures, allValid: signatures.every(ok) };
}

async function verifyOne(
  bytes: Uint8Array,
  sig: PdfSignature,
  trust: TrustStore,
  now: Date,
  finalDoc: PDFDocument,
  diffs: Map<number, Promise<RevisionDiff>>,
): Promise<SignatureReport> {
  const problems: string[] = [];
  const notes: string[] = [];
  const base = {
    fieldName: sig.fieldName,
    subFilter: sig.subFilter,
    claimedSigningTime: iso(sig.claimedTime),
    ...(sig.reason ? { reason: sig.reason } : {}),
    ...(sig.location ? { location: sig.location } : {}),
    coversWholeFile: sig.byteRange ? sig.byteRange[2] + sig.byteRange[3] === bytes.length : false,
    byteRange: sig.byteRange ?? null,
    revocation: 'not-checked' as const,
  };
  const malformed = (why: string): SignatureReport => ({
    ...base,
    verdict: 'MALFORMED',
    message: VERDICT_TEXT.MALFORMED,
    signer: sig.name ?? '',
    organization: '',
    chain: [],
    chainTrusted: false,
    level: 'unknown',
    timeSource: 'claimed',
    problems: [why],
    notes,
  });
  if (sig.malformed || !sig.byteRange || !sig.contents) return malformed(sig.malformed ?? 'Chữ ký không có dữ liệu.');
  const br = sig.byteRange;
  const digests = new Map<HashName, Uint8Array>();
  const digestOf = (h: HashName) => {
    let d = digests.get(h);
    if (!d) {
      const hash = crypto.createHash(h);
      hash.update(bytes.subarray(br[0], br[0] + br[1]));
      hash.update(bytes.subarray(br[2], br[2] + br[3]));
      d = new Uint8Array(hash.digest());
      digests.set(h, d);
    }
    return d;
  };
  const cms = checkPdfCms(sig.contents, digestOf);
  if (cms.malformed || !cms.signer) return malformed(cms.malformed ?? 'Không có chứng thư người ký.');
  const signer = cms.signer;
  problems.push(...cms.problems);

  let verdict: Verdict = 'VALID';
  const demote = (v: Verdict) => {
    const order: Verdict[] = [
      'MALFORMED',
      'INVALID_DIGEST',
      'INVALID_SIGNATURE',
      'MODIFIED_AFTER_SIGNING',
      'UNTRUSTED_CHAIN',
      'EXPIRED',
      'VALID_WITH_LATER_SIGNATURES',
      'VALID',
    ];
    if (order.indexOf(v) < order.indexOf(verdict)) verdict = v;
  };
  if (!cms.digestOk) {
    demote('INVALID_DIGEST');
    problems.push('Giá trị băm của phần được ký không khớp messageDigest trong chữ ký.');
  }
  if (!cms.signatureOk) {
    demote('INVALID_SIGNATURE');
    problems.push('Giá trị chữ ký không khớp khóa công khai của chứng thư người ký.');
  }
  const cades = sig.subFilter === 'ETSI.CAdES.detached';
  if (cms.essOk === false || (cades && cms.essOk === undefined)) {
    demote('INVALID_SIGNATURE');
    problems.push(
      cms.essOk === false
        ? 'Chứng thư trong chữ ký không phải chứng thư đã được ký (signingCertificateV2 không khớp).'
        : 'Thiếu thuộc tính signingCertificateV2 bắt buộc của PAdES.',
    );
  }
  if (signer.keyUsage && !signer.keyUsage.digitalSignature && !signer.keyUsage.nonRepudiation) {
    demote('INVALID_SIGNATURE');
    problems.push('Chứng thư người ký không được phép dùng để ký (keyUsage).');
  }

  let at = sig.claimedTime ?? cms.signingTimeAttr ?? now;
  let timeSource: 'timestamp' | 'claimed' = 'claimed';
  let timestamp: SignatureReport['timestamp'];
  if (cms.timestamp) {
    const ts = cms.timestamp;
    const tsaChain = ts.tsa && ts.genTime ? buildChain(ts.tsa, ts.certificates, trust, ts.genTime) : undefined;
    const ok = ts.ok && tsaChain?.trusted === true && !tsaChain.leafExpired;
    timestamp = { time: iso(ts.genTime) ?? '', tsa: ts.tsa?.commonName ?? '', valid: ok };
    if (ok && ts.genTime) {
      at = ts.genTime;
      timeSource = 'timestamp';
    } else {
      problems.push(
        ...ts.problems,
        ...(tsaChain?.problems ?? []),
        'Dấu thời gian không được công nhận; dùng thời điểm ký do người ký khai.',
      );
    }
  }

  if (!base.coversWholeFile) {
    const end = br[2] + br[3];
    let p = diffs.get(end);
    if (!p) {
      p = diffRevisions(bytes, end, finalDoc);
      diffs.set(end, p);
    }
    const diff = await p;
    notes.push(...diff.notes);
    if (!diff.allowed) {
      demote('MODIFIED_AFTER_SIGNING');
      problems.push(...diff.violations);
    } else if (diff.laterSignatures > 0) demote('VALID_WITH_LATER_SIGNATURES');
  }

  const chain = buildChain(signer, cms.certificates, trust, at);
  if (!chain.trusted) {
    demote('UNTRUSTED_CHAIN');
    problems.push(...chain.problems);
  }
  if (chain.leafExpired) {
    demote('EXPIRED');
    problems.push(
      `Chứng thư người ký có hiệu lực từ ${iso(signer.notBefore)} đến ${iso(signer.notAfter)}, không bao gồm thời điểm ký ${iso(at)}.`,
    );
  } else if (timeSource === 'claimed' && signer.notAfter.getTime() < now.getTime()) {
    notes.push('Chứng thư đã hết hạn tại thời điểm kiểm tra; thời điểm ký do người ký tự khai (không có dấu thời gian).');
  }

  return {
    ...base,
    verdict,
    message: VERDICT_TEXT[verdict],
    signer: signer.commonName,
    organization: signer.organization,
    subject: signer.subject,
    issuer: signer.issuer,
    serialNumber: signer.serialHex,
    certificateSha256: signer.sha256,
    signingTime: iso(at),
    timeSource,
    ...(timestamp ? { timestamp } : {}),
    level: cms.timestamp && timeSource === 'timestamp' ? 'PAdES-B-T' : cades ? 'PAdES-B-B' : 'PKCS7',
    chain: chain.path.map((c) => ({
      commonName: c.commonName,
      subject: c.subject,
      sha256: c.sha256,
      notBefore: toVnIso(c.notBefore),
      notAfter: toVnIso(c.notAfter),
      anchor: trust.isAnchor(c),
    })),
    chainTrusted: chain.trusted,
    problems: [...new Set(problems)],
    notes,
  };
}
