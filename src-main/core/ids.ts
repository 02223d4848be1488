import { randomBytes, randomUUID } from 'node:crypto';

/** Record ids: UUID v4, opaque to the clerk; numbers the clerk sees come from the register. */
export function newId(): string {
  return randomUUID();
}

/** A per-run secret (bridge token): 256 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Short id tying an Internal error the clerk reads ("mã lỗi …") to its log line: 8 hex digits. */
export function newCorrelationId(): string {
  return randomBytes(4).toString('hex');
}
