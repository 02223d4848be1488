import { appError, type AppError, type ErrorCode, type ErrorParams } from '../../../../src-shared/rpc/errors';

/**
 * Size bounds of the edXML codec. A packet is one HTTP body including base64 (+33 %), so a 200 MB
 * file (the file store's limit) needs ≈ 270 MB; anything past MAX_PACKET_BYTES is refused before
 * it is read. Everything that is not attachment payload (the header) must be small: those bytes
 * go through the XML parser, which keeps text in memory.
 */
export const EDXML_LIMITS = {
  maxPacketBytes: 300 * 1024 * 1024,
  maxAttachmentBytes: 200 * 1024 * 1024,
  maxAttachments: 500,
  /** Every byte that is not attachment payload (markup + header text). */
  maxHeaderBytes: 16 * 1024 * 1024,
  /** One text node, comment or CDATA section outside the attachments. */
  maxTextBytes: 2 * 1024 * 1024,
  /** One tag with its attributes. */
  maxTagBytes: 64 * 1024,
  maxDepth: 64,
  maxElements: 200_000,
  /** A zipped attachment over 10 MB that claims to expand more than this many times is a zip bomb. */
  maxZipRatio: 1000,
} as const;

export type EdxmlLimits = { -readonly [K in keyof typeof EDXML_LIMITS]: number };

/** Every codec refusal is a Validation error whose message names the problem for the clerk. */
export function edxmlError(code: ErrorCode, reason: string, params?: ErrorParams, details: Record<string, unknown> = {}): AppError {
  return appError(code, params, { reason, ...details });
}

export const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
