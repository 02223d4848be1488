import type { InboxSignature } from '../../src-shared/contracts/exchange.contract';
import { AppError } from '../../src-shared/rpc/errors';
import type { AttachmentCheck, MainPdfCheck } from '../features/exchange/sync-receiver';
import type { AvService } from '../features/intake/av/av.service';
import type { PdfVerification } from '../features/signing/verify/pdf-verifier';
import { VERDICT_TEXT } from '../features/signing/verify/pdf-verifier';

/**
 * The checks an incoming hub document passes before the clerk sees it, wired from the features that
 * own them: the intake antivirus (clamd / Defender, with the agency's block/warn setting when no
 * scanner answers) and the signing verifier with this data folder's trusted roots.
 */
export function exchangeAttachmentCheck(av: AvService): AttachmentCheck {
  return async (file, name) => {
    try {
      const r = await av.check(file, { actor: 'liên thông', name });
      return { refusal: null, verdict: r.verdict === 'clean' ? 'clean' : 'unavailable', engine: r.engine, warning: r.warning };
    } catch (err) {
      if (err instanceof AppError && (err.kind === 'Infected' || err.kind === 'Offline')) return err;
      throw err;
    }
  };
}

/** The verifier's answer as the inbox shows it: one state, the reason in Vietnamese, who signed. */
export function signatureVerdictOf(v: PdfVerification): InboxSignature {
  const signers = v.signatures.map((s) => s.signer).filter(Boolean);
  if (v.fileState === 'unsigned') return { state: 'unsigned', text: 'Văn bản không có chữ ký số.', signers };
  if (v.fileState === 'damaged') return { state: 'damaged', text: v.damage ?? 'Chữ ký số bị hỏng.', signers };
  if (v.allValid) return { state: 'valid', text: VERDICT_TEXT.VALID, signers };
  const bad = v.signatures.find((s) => s.verdict !== 'VALID' && s.verdict !== 'VALID_WITH_LATER_SIGNATURES');
  return { state: 'invalid', text: bad ? VERDICT_TEXT[bad.verdict] : 'Chữ ký không hợp lệ.', signers };
}

export function exchangeMainPdfCheck(verify: (bytes: Uint8Array) => Promise<PdfVerification>): MainPdfCheck {
  return async (bytes) => signatureVerdictOf(await verify(bytes));
}
