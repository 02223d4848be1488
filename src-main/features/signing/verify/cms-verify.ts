import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { arrayBufferOf, derElementLength, toHex } from '../cms/der';
import { DIGEST_NAMES, OID } from '../cms/oids';
import { readTstInfo } from '../cms/timestamp';
import { parseCertificate, type CertInfo } from './certs';

/**
 * Cryptographic checks of one CMS SignedData (a PDF signature or an RFC 3161 token): structure,
 * signer certificate, messageDigest, the signature over DER(signedAttrs), and ESS
 * signingCertificate(V2). Trust and time are judged elsewhere (cert-chain.ts, pdf-verifier.ts).
 */
export type HashName = 'sha1' | 'sha256' | 'sha384' | 'sha512';

export interface SignerInfoCheck {
  signer?: CertInfo;
  certificates: CertInfo[];
  digestAlgorithm?: HashName;
  digestOk: boolean;
  signatureOk: boolean;
  /** undefined when the CMS carries no ESS signingCertificate(V2) attribute. */
  essOk?: boolean;
  signingTimeAttr?: Date;
  signatureValue?: Uint8Array;
  problems: string[];
  malformed?: string;
}

export interface TimestampCheck {
  genTime?: Date;
  tsa?: CertInfo;
  certificates: CertInfo[];
  ok: boolean;
  problems: string[];
}

export interface CmsCheck extends SignerInfoCheck {
  timestamp?: TimestampCheck;
}

function attr(si: pkijs.SignerInfo, oid: string): asn1js.AsnType | undefined {
  return si.signedAttrs?.attributes.find((a) => a.type === oid)?.values[0] as asn1js.AsnType | undefined;
}

function certDer(c: pkijs.Certificate): Uint8Array {
  return new Uint8Array(c.toSchema().toBER(false));
}

function findSigner(si: pkijs.SignerInfo, certs: CertInfo[]): CertInfo | undefined {
  if (si.sid instanceof pkijs.IssuerAndSerialNumber) {
    const issuer = toHex(new Uint8Array(si.sid.issuer.toSchema().toBER(false)));
    const serial = toHex(new Uint8Array(si.sid.serialNumber.valueBlock.valueHexView)).toUpperCase();
    return certs.find((c) => c.issuerKey === issuer && c.serialHex === serial);
  }
  const ski = toHex(new Uint8Array((si.sid as asn1js.OctetString).valueBlock.valueHexView));
  return certs.find((c) => c.subjectKeyId === ski);
}

/** ESS: the certHash in signingCertificateV2 (or v1, SHA-1) must be the hash of the signer certificate. */
function checkEss(si: pkijs.SignerInfo, signer: CertInfo): boolean | undefined {
  const v2 = attr(si, OID.signingCertificateV2);
  const v1 = attr(si, OID.signingCertificate);
  const value = v2 ?? v1;
  if (!value) return undefined;
  try {
    const certs = (value as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    const parts = first.valueBlock.value;
    let hashName: HashName = v2 ? 'sha256' : 'sha1';
    let idx = 0;
    if (v2 && parts[0] instanceof asn1js.Sequence) {
      const alg = new pkijs.AlgorithmIdentifier({ schema: parts[0] });
      const name = DIGEST_NAMES[alg.algorithmId];
      if (!name) return false;
      hashName = name;
      idx = 1;
    }
    const certHash = Buffer.from((parts[idx] as asn1js.OctetString).valueBlock.valueHexView);
    return certHash.equals(crypto.createHash(hashName).update(signer.der).digest());
  } catch {
    return false;
  }
}

function verifyValue(signer: CertInfo, hash: HashName, data: Uint8Array, sig: Uint8Array, sigAlg: string): boolean {
  if (sigAlg === OID.rsaPss) return false; // not produced by Vietnamese tokens; reported as unsupported
  try {
    const key = signer.keyAlgorithm === 'EC' ? { key: signer.publicKey, dsaEncoding: 'der' as const } : signer.publicKey;
    return crypto.verify(hash, data, key, sig);
  } catch {
    return false;
  }
}

/** Checks the first SignerInfo of a SignedData against the digest of the signed content. */
function checkSignerInfo(
  sd: pkijs.SignedData,
  contentDigest: (h: HashName) => Uint8Array,
  allowSha1: boolean,
): SignerInfoCheck & { si?: pkijs.SignerInfo } {
  const problems: string[] = [];
  const certificates: CertInfo[] = [];
  for (const c of sd.certificates ?? []) if (c instanceof pkijs.Certificate) certificates.push(parseCertificate(certDer(c)));
  const si = sd.signerInfos[0];
  if (!si) return { certificates, digestOk: false, signatureOk: false, problems, malformed: 'CMS không có SignerInfo.' };
  if (sd.signerInfos.length > 1) problems.push('CMS có nhiều SignerInfo; chỉ kiểm tra SignerInfo đầu tiên.');
  const signer = findSigner(si, certificates);
  if (!signer)
    return { certificates, digestOk: false, signatureOk: false, problems, malformed: 'CMS không mang chứng thư số của người ký.', si };
  const digestAlgorithm = DIGEST_NAMES[si.digestAlgorithm.algorithmId];
  if (!digestAlgorithm)
    return {
      signer,
      certificates,
      digestOk: false,
      signatureOk: false,
      problems,
      malformed: `Thuật toán băm ${si.digestAlgorithm.algorithmId} không được hỗ trợ.`,
      si,
    };
  if (digestAlgorithm === 'sha1' && !allowSha1) problems.push('Chữ ký dùng thuật toán băm SHA-1, không còn được chấp nhận.');
  const digest = contentDigest(digestAlgorithm);
  const signatureValue = new Uint8Array(si.signature.valueBlock.valueHexView);
  let digestOk: boolean;
  let signatureOk: boolean;
  let signingTimeAttr: Date | undefined;
  if (si.signedAttrs) {
    const md = attr(si, OID.messageDigest) as asn1js.OctetString | undefined;
    digestOk = md !== undefined && Buffer.from(md.valueBlock.valueHexView).equals(Buffer.from(digest));
    const st = attr(si, OID.signingTime) as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
    if (st) signingTimeAttr = st.toDate();
    signatureOk = verifyValue(
      signer,
      digestAlgorithm,
      new Uint8Array(si.signedAttrs.encodedValue),
      signatureValue,
      si.signatureAlgorithm.algorithmId,
    );
  } else {
    // No signed attributes: the signature is over the content itself; only the digest can be checked via it.
    digestOk = true;
    signatureOk = verifyDigestSignature(signer, digestAlgorithm, digest, signatureValue);
  }
  const essOk = checkEss(si, signer);
  return {
    signer,
    certificates,
    digestAlgorithm,
    digestOk,
    signatureOk: signatureOk && !(digestAlgorithm === 'sha1' && !allowSha1),
    ...(essOk !== undefined ? { essOk } : {}),
    ...(signingTimeAttr ? { signingTimeAttr } : {}),
    signatureValue,
    problems,
    si,
  };
}

function verifyDigestSignature(signer: CertInfo, hash: HashName, digest: Uint8Array, sig: Uint8Array): boolean {
  if (signer.keyAlgorithm !== 'RSA') return false;
  try {
    const decrypted = crypto.publicDecrypt({ key: signer.publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, sig);
    return decrypted.subarray(decrypted.length - digest.length).equals(Buffer.from(digest)) && hash.length > 0;
  } catch {
    return false;
  }
}

function parseSignedData(der: Uint8Array): pkijs.SignedData {
  const len = derElementLength(der);
  if (len <= 0 || len > der.length) throw new Error('bad DER length');
  const ci = pkijs.ContentInfo.fromBER(arrayBufferOf(der.subarray(0, len)));
  if (ci.contentType !== OID.signedData) throw new Error('not SignedData');
  return new pkijs.SignedData({ schema: ci.content });
}

/** Verifies a PDF signature's CMS (zero padding allowed after the DER element) and its timestamp. */
export function checkPdfCms(contents: Uint8Array, contentDigest: (h: HashName) => Uint8Array): CmsCheck {
  let sd: pkijs.SignedData;
  try {
    sd = parseSignedData(contents);
  } catch (err) {
    return {
      certificates: [],
      digestOk: false,
      signatureOk: false,
      problems: [],
      malformed: `Không đọc được CMS trong /Contents (${(err as Error).message}).`,
    };
  }
  const { si, ...check } = checkSignerInfo(sd, contentDigest, false);
  const tsAttr = si?.unsignedAttrs?.attributes.find((a) => a.type === OID.timeStampToken);
  if (tsAttr && check.signatureValue) {
    return {
      ...check,
      timestamp: checkTimestamp(new Uint8Array((tsAttr.values[0] as asn1js.Sequence).toBER(false)), check.signatureValue),
    };
  }
  return check;
}

/** RFC 3161 token over the signature value: imprint, token signature, TSA key purpose. */
export function checkTimestamp(tokenDer: Uint8Array, signatureValue: Uint8Array): TimestampCheck {
  const problems: string[] = [];
  try {
    const sd = parseSignedData(tokenDer);
    const ci = pkijs.ContentInfo.fromBER(arrayBufferOf(tokenDer));
    const tst = readTstInfo(ci);
    const eContent = new Uint8Array(sd.encapContentInfo.eContent!.getValue());
    const check = checkSignerInfo(sd, (h) => new Uint8Array(crypto.createHash(h).update(eContent).digest()), false);
    const imprintAlg = DIGEST_NAMES[tst.messageImprint.hashAlgorithm.algorithmId];
    const imprintOk =
      imprintAlg !== undefined &&
      Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView).equals(
        crypto.createHash(imprintAlg).update(signatureValue).digest(),
      );
    if (!imprintOk) problems.push('Dấu thời gian không khớp với giá trị chữ ký.');
    if (check.malformed) problems.push(check.malformed);
    if (!check.digestOk || !check.signatureOk) problems.push('Chữ ký của máy chủ dấu thời gian không hợp lệ.');
    if (check.signer && !check.signer.extKeyUsage.includes(OID.timeStamping))
      problems.push('Chứng thư của máy chủ dấu thời gian không có mục đích timeStamping.');
    return {
      genTime: tst.genTime,
      ...(check.signer ? { tsa: check.signer } : {}),
      certificates: check.certificates,
      ok: problems.length === 0,
      problems,
    };
  } catch (err) {
    return { certificates: [], ok: false, problems: [`Không đọc được dấu thời gian (${(err as Error).message}).`] };
  }
}
