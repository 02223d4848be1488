import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { KeyAlgorithm } from '../token/token-provider';
import { arrayBufferOf } from './der';
import { OID } from './oids';

/**
 * Detached CMS SignedData for PAdES baseline B-B (ETSI EN 319 142-1 §5.3, ETSI.CAdES.detached):
 * signed attributes contentType, messageDigest and signingCertificateV2 (ESS, RFC 5035) — and NO
 * signingTime: PAdES puts the claimed time in the signature dictionary's /M instead.
 * Only DER(signed attributes) goes to the token; the document never does.
 */
export interface CmsSigner {
  certificate: Uint8Array;
  /** Issuing CA certificates to embed (real VGCA PDFs often carry only the leaf; we carry the chain). */
  chain: Uint8Array[];
  keyAlgorithm: KeyAlgorithm;
  sign(tbs: Uint8Array): Promise<Uint8Array>;
}

export interface PreparedSignerInfo {
  /** DER of the SET OF signed attributes (tag 0x31): the bytes the token signs. */
  tbs: Uint8Array;
  /** Assembles the ContentInfo once the signature (and optionally a signature timestamp) exists. */
  finish(signature: Uint8Array, timestampToken?: Uint8Array): Uint8Array;
}

const algId = (oid: string, withNull = false) =>
  new pkijs.AlgorithmIdentifier({ algorithmId: oid, ...(withNull ? { algorithmParams: new asn1js.Null() } : {}) });

function parseCert(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(arrayBufferOf(der));
}

/** ESS signingCertificateV2 with the default hash (SHA-256, hence omitted) and issuerSerial. */
function signingCertificateV2(certDer: Uint8Array, cert: pkijs.Certificate): asn1js.Sequence {
  const certHash = crypto.createHash('sha256').update(certDer).digest();
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })],
      }),
      cert.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: arrayBufferOf(certHash) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Builds the signed attributes and returns the bytes to sign plus a `finish` step.
 * `profile: 'pkcs7'` (adbe.pkcs7.detached) adds signingTime, which that profile expects.
 */
export function prepareSignerInfo(o: {
  contentDigest: Uint8Array;
  certificate: Uint8Array;
  chain: Uint8Array[];
  keyAlgorithm: KeyAlgorithm;
  profile?: 'cades' | 'pkcs7';
  signingTime?: Date;
}): PreparedSignerInfo {
  const cert = parseCert(o.certificate);
  const attrs: pkijs.Attribute[] = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBufferOf(o.contentDigest) })] }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(o.certificate, cert)] }),
  ];
  if (o.profile === 'pkcs7') {
    attrs.push(new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: o.signingTime ?? new Date() })] }));
  }
  // DER: a SET OF is sorted by the encodings of its elements (X.690 §11.6).
  const encoded = attrs.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  encoded.sort((x, y) => compareBytes(x.der, y.der));
  const sorted = encoded.map((e) => e.a);
  const tbs = new Uint8Array(new asn1js.Set({ value: sorted.map((a) => a.toSchema()) }).toBER(false));

  return {
    tbs,
    finish(signature, timestampToken) {
      const signerInfo = new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        digestAlgorithm: algId(OID.sha256),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sorted }),
        signatureAlgorithm: o.keyAlgorithm === 'RSA' ? algId(OID.rsaEncryption, true) : algId(OID.ecdsaWithSHA256),
        signature: new asn1js.OctetString({ valueHex: arrayBufferOf(signature) }),
        ...(timestampToken
          ? {
              unsignedAttrs: new pkijs.SignedAndUnsignedAttributes({
                type: 1,
                attributes: [
                  new pkijs.Attribute({ type: OID.timeStampToken, values: [asn1js.fromBER(arrayBufferOf(timestampToken)).result] }),
                ],
              }),
            }
          : {}),
      });
      const signedData = new pkijs.SignedData({
        version: 1,
        digestAlgorithms: [algId(OID.sha256)],
        encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
        certificates: [cert, ...o.chain.map(parseCert)],
        signerInfos: [signerInfo],
      });
      const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
      const der = new Uint8Array(contentInfo.toSchema().toBER(false));
      assertSignedAttrsEncoding(der, tbs);
      return der;
    },
  };
}

/**
 * The signature covers DER(SET OF attrs); the CMS carries the same bytes under tag [0]. If the
 * library ever re-encoded them differently, every verifier would reject the signature — fail here.
 */
function assertSignedAttrsEncoding(cmsDer: Uint8Array, tbs: Uint8Array): void {
  const body = Buffer.from(tbs.subarray(1));
  const at = Buffer.from(cmsDer).indexOf(body);
  if (at < 1 || cmsDer[at - 1] !== 0xa0) throw new Error('CMS signed attributes were re-encoded; refusing to emit a broken signature');
}
