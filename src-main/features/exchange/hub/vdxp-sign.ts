/**
 * The VDXP ("SDKVXP", VNPT XrdAdapter) request-header scheme (edxml.md §D.1): every logical header
 * `k: v` travels as `XroadVnpt-k`; `XroadVnpt-sign-header` is the compact JSON of all of them,
 * `XroadVnpt-sign-header-key` their names joined by ";", and `XroadVnpt-hash-header` the hex
 * HMAC-SHA256 of the sign-header string keyed with the secret. The server receives the exact string
 * that was signed, so key order is free.
 */
import { createHmac } from 'node:crypto';
import { toVnIso } from '../../../../src-shared/domain';
import { hubError } from './hub-transport';

export const VDXP_USER_AGENT = 'JAVASDKAgent/1.0.0 XRoad/VPCP';
export const VDXP_VERSION = '3.0.201608';

/** `ddMMyyyy'T'HHmmss+SSSS` in Vietnam time: milliseconds zero-padded to 4 digits (an SDK quirk). */
export function vdxpTimestamp(now: Date): string {
  const iso = toVnIso(now); // 2025-03-05T09:16:42+07:00
  const ms = String(((now.getTime() % 1000) + 1000) % 1000).padStart(4, '0');
  return `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+${ms}`;
}

/**
 * The SDK's `hash-file`: SHA-256 rendered per byte WITHOUT zero padding (0x0a → "a"). Reproduced
 * bit-exactly because whether the server recomputes it is unknown.
 */
export function vdxpHashFile(sha256Hex: string): string {
  return Array.from(Buffer.from(sha256Hex, 'hex'), (b) => b.toString(16)).join('');
}

export function hmacHex(secret: string, message: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(message, 'utf8').digest('hex');
}

/** Builds the HTTP headers of one call. `params` are the call's own logical headers. */
export function vdxpHeaders(opts: {
  systemId: string;
  secret: string;
  contentType: string;
  now: Date;
  params: Record<string, string>;
}): Record<string, string> {
  const logical: Record<string, string> = {
    'Content-Type': opts.contentType,
    systemid: opts.systemId,
    timestamp: vdxpTimestamp(opts.now),
    ...opts.params,
  };
  const signed: Record<string, string> = {};
  const http: Record<string, string> = { 'Content-Type': opts.contentType };
  for (const [k, v] of Object.entries(logical)) {
    if (!/^[\x20-\x7e]*$/.test(v)) {
      throw hubError('hub.headerNotAscii', 'rejected', { header: k }, { header: k });
    }
    signed[`XroadVnpt-${k}`] = v;
    http[`XroadVnpt-${k}`] = v;
  }
  const signHeader = JSON.stringify(signed);
  http['XroadVnpt-sign-header'] = signHeader;
  http['XroadVnpt-sign-header-key'] = Object.keys(logical).join(';');
  http['XroadVnpt-hash-header'] = hmacHex(opts.secret, signHeader);
  http['User-Agent'] = VDXP_USER_AGENT;
  http['XroadVnpt-version'] = VDXP_VERSION;
  return http;
}
