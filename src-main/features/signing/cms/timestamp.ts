import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AppError, appError } from '../../../../src-shared/rpc/errors';
import { arrayBufferOf } from './der';
import { OID } from './oids';

/**
 * RFC 3161 client for the PAdES B-T signature timestamp: the imprint is SHA-256 of the CMS
 * signature VALUE (ETSI EN 319 122-1 §5.3), and the token becomes the unsigned attribute
 * id-aa-signatureTimeStampToken. A TSA that cannot be reached is `Offline`; the caller then keeps
 * the B-B signature and says so.
 */
export interface TimestampAuthority {
  timestamp(imprint: Uint8Array): Promise<{ token: Uint8Array; genTime: Date }>;
}

const MAX_REPLY_BYTES = 256 * 1024;

export function createHttpTsa(url: string, timeoutMs = 15_000): TimestampAuthority {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw appError('signing.tsaUrlInvalid', { url }, { field: 'tsaUrl' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw appError('signing.tsaUrlScheme', undefined, { field: 'tsaUrl' });
  }
  return {
    async timestamp(imprint) {
      const nonce = crypto.randomBytes(8);
      nonce[0] = nonce[0]! & 0x7f; // positive INTEGER
      const req = new pkijs.TimeStampReq({
        version: 1,
        messageImprint: new pkijs.MessageImprint({
          hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
          hashedMessage: new asn1js.OctetString({ valueHex: arrayBufferOf(imprint) }),
        }),
        nonce: new asn1js.Integer({ valueHex: arrayBufferOf(nonce) }),
        certReq: true,
      });
      let reply: Uint8Array;
      try {
        const res = await fetch(parsed, {
          method: 'POST',
          headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
          body: Buffer.from(req.toSchema().toBER(false)),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!res.ok) throw appError('signing.tsaHttpError', { status: res.status }, { tsaUrl: url, status: res.status });
        reply = new Uint8Array(await res.arrayBuffer());
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw appError('signing.tsaUnreachable', { host: parsed.host, error: (err as Error).message }, { tsaUrl: url });
      }
      if (reply.length === 0 || reply.length > MAX_REPLY_BYTES) {
        throw appError('signing.tsaBadReply', undefined, { tsaUrl: url, bytes: reply.length });
      }
      return parseReply(reply, imprint, nonce, url);
    },
  };
}

function parseReply(reply: Uint8Array, imprint: Uint8Array, nonce: Buffer, url: string): { token: Uint8Array; genTime: Date } {
  let resp: pkijs.TimeStampResp;
  try {
    resp = pkijs.TimeStampResp.fromBER(arrayBufferOf(reply));
  } catch {
    throw appError('signing.tsaUnreadable', undefined, { tsaUrl: url });
  }
  const status = resp.status.status;
  if ((status !== 0 && status !== 1) || !resp.timeStampToken) {
    throw appError('signing.tsaRefused', { status }, { tsaUrl: url, status });
  }
  const tst = readTstInfo(resp.timeStampToken);
  const hashed = new Uint8Array(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (!Buffer.from(hashed).equals(Buffer.from(imprint))) throw appError('signing.tsaImprintMismatch', undefined, { tsaUrl: url });
  const gotNonce = tst.nonce ? Buffer.from(tst.nonce.valueBlock.valueHexView) : undefined;
  if (!gotNonce || !stripZeros(gotNonce).equals(stripZeros(nonce))) {
    throw appError('signing.tsaNonceMismatch', undefined, { tsaUrl: url });
  }
  return { token: new Uint8Array(resp.timeStampToken.toSchema().toBER(false)), genTime: tst.genTime };
}

function stripZeros(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
}

/** TSTInfo inside a TimeStampToken (a ContentInfo wrapping SignedData with eContent). */
export function readTstInfo(token: pkijs.ContentInfo): pkijs.TSTInfo {
  const sd = new pkijs.SignedData({ schema: token.content });
  const eContent = sd.encapContentInfo.eContent;
  if (!eContent || sd.encapContentInfo.eContentType !== OID.tstInfo) throw new Error('timestamp token has no TSTInfo');
  return pkijs.TSTInfo.fromBER(arrayBufferOf(new Uint8Array(eContent.getValue())));
}
