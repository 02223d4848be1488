import { loadPins, agencyTrustStore } from '../trust/trust-store';
import { verifyPdfFile, type PdfVerification } from './pdf-verifier';

/** What the long-work worker needs to verify a PDF as the signing service would (structured-cloneable). */
export interface VerifyTaskInput {
  bytes: Uint8Array;
  /** Shipped resources (trust/pins.json). */
  resourcesDir: string;
  /** The agency data folder (trust/pinned, trust/user). */
  dataDir: string;
  /** The main process clock's now, so a fixed test clock gives the same verdict here. */
  nowMs: number;
}

/**
 * Signature check of PDF bytes with the data folder's trusted roots, for the long-work worker:
 * parsing the PDF and the CMS, hashing the signed ranges and walking the chains take tens of ms
 * per document, which would stall the main process during a sync that brings many documents.
 */
export function verifyBytesTask(input: VerifyTaskInput): Promise<PdfVerification> {
  return verifyPdfFile(input.bytes, agencyTrustStore(loadPins(input.resourcesDir), input.dataDir), new Date(input.nowMs));
}
