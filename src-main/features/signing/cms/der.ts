/** Small DER helpers the token and CMS code share. Kept by hand: they are a few bytes each. */

/** DER prefix of DigestInfo{ sha256, NULL } (RFC 8017 §9.2 note 1); the 32-byte hash follows. */
const SHA256_DIGEST_INFO_PREFIX = Uint8Array.from([
  0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20,
]);

/**
 * DigestInfo for CKM_RSA_PKCS: the token pads and signs it raw. Output is byte-identical to
 * CKM_SHA256_RSA_PKCS, and works on tokens that lack the hash-and-sign mechanism.
 */
export function sha256DigestInfo(hash: Uint8Array): Uint8Array {
  if (hash.length !== 32) throw new RangeError('SHA-256 digest must be 32 bytes');
  const out = new Uint8Array(SHA256_DIGEST_INFO_PREFIX.length + 32);
  out.set(SHA256_DIGEST_INFO_PREFIX, 0);
  out.set(hash, SHA256_DIGEST_INFO_PREFIX.length);
  return out;
}

function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function derInteger(bigEndian: Uint8Array): number[] {
  let i = 0;
  while (i < bigEndian.length - 1 && bigEndian[i] === 0) i++;
  const body = Array.from(bigEndian.subarray(i));
  if ((body[0] ?? 0) & 0x80) body.unshift(0);
  return [0x02, ...derLength(body.length), ...body];
}

/**
 * CKM_ECDSA returns r‖s (IEEE P1363); CMS wants ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }.
 * Long-form lengths are handled, so P-521 signatures (139-byte bodies) encode correctly too.
 */
export function p1363ToDer(sig: Uint8Array): Uint8Array {
  if (sig.length === 0 || sig.length % 2 !== 0) throw new RangeError(`ECDSA signature of odd length ${sig.length}`);
  const half = sig.length / 2;
  const body = [...derInteger(sig.subarray(0, half)), ...derInteger(sig.subarray(half))];
  return Uint8Array.from([0x30, ...derLength(body.length), ...body]);
}

/** Length of the DER element at the start of `bytes` (tag + length + value), or -1 when unreadable. */
export function derElementLength(bytes: Uint8Array): number {
  if (bytes.length < 2) return -1;
  const first = bytes[1]!;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  if (n === 0 || n > 4 || bytes.length < 2 + n) return -1;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + bytes[2 + i]!;
  return 2 + n + len;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A fresh ArrayBuffer holding exactly these bytes (pkijs/asn1js want ArrayBuffers, not views). */
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}
