import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { arrayBufferOf, toHex } from '../cms/der';
import { OID } from '../cms/oids';

/** One parsed X.509 certificate with the fields the verifier and the UI need. */
export interface CertInfo {
  der: Uint8Array;
  cert: pkijs.Certificate;
  sha256: string;
  /** DER of the subject / issuer Name, hex: name matching is byte-exact, never by display string. */
  subjectKey: string;
  issuerKey: string;
  serialHex: string;
  subject: string;
  issuer: string;
  commonName: string;
  organization: string;
  notBefore: Date;
  notAfter: Date;
  isCA: boolean;
  /** KeyUsage bits as named flags; undefined when the extension is absent. */
  keyUsage?: { digitalSignature: boolean; nonRepudiation: boolean; keyCertSign: boolean };
  extKeyUsage: string[];
  subjectKeyId?: string;
  authorityKeyId?: string;
  signatureAlgorithm: string;
  keyAlgorithm: 'RSA' | 'EC' | 'other';
  publicKey: crypto.KeyObject;
}

const ATTR_NAMES: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.organizationName]: 'O',
  [OID.organizationalUnitName]: 'OU',
  [OID.localityName]: 'L',
  [OID.stateOrProvinceName]: 'ST',
  [OID.countryName]: 'C',
  [OID.userId]: 'UID',
  '1.2.840.113549.1.9.1': 'E',
};

function attrValue(v: unknown): string {
  const block = (v as { valueBlock?: { value?: unknown } }).valueBlock;
  return typeof block?.value === 'string' ? block.value.normalize('NFC') : '';
}

function nameParts(name: pkijs.RelativeDistinguishedNames): Array<[string, string]> {
  return name.typesAndValues.map((tv) => [ATTR_NAMES[tv.type] ?? tv.type, attrValue(tv.value)]);
}

function readExtension<T>(cert: pkijs.Certificate, oid: string): T | undefined {
  return cert.extensions?.find((e) => e.extnID === oid)?.parsedValue as T | undefined;
}

export function parseCertificate(der: Uint8Array): CertInfo {
  const cert = pkijs.Certificate.fromBER(arrayBufferOf(der));
  const subjectParts = nameParts(cert.subject);
  const get = (k: string) =>
    subjectParts
      .filter(([t]) => t === k)
      .map(([, v]) => v)
      .join(', ');
  const bc = readExtension<pkijs.BasicConstraints>(cert, OID.basicConstraints);
  const ku = readExtension<asn1js.BitString>(cert, OID.keyUsage);
  let keyUsage: CertInfo['keyUsage'];
  if (ku) {
    const bits = new Uint8Array(ku.valueBlock.valueHexView);
    const b0 = bits[0] ?? 0;
    keyUsage = { digitalSignature: (b0 & 0x80) !== 0, nonRepudiation: (b0 & 0x40) !== 0, keyCertSign: (b0 & 0x04) !== 0 };
  }
  const eku = readExtension<pkijs.ExtKeyUsage>(cert, OID.extKeyUsage);
  const ski = readExtension<asn1js.OctetString>(cert, '2.5.29.14');
  const aki = readExtension<pkijs.AuthorityKeyIdentifier>(cert, '2.5.29.35');
  const spki = new Uint8Array(cert.subjectPublicKeyInfo.toSchema().toBER(false));
  const keyOid = cert.subjectPublicKeyInfo.algorithm.algorithmId;
  return {
    der,
    cert,
    sha256: crypto.createHash('sha256').update(der).digest('hex').toUpperCase(),
    subjectKey: toHex(new Uint8Array(cert.subject.toSchema().toBER(false))),
    issuerKey: toHex(new Uint8Array(cert.issuer.toSchema().toBER(false))),
    serialHex: toHex(new Uint8Array(cert.serialNumber.valueBlock.valueHexView)).toUpperCase(),
    subject: subjectParts.map(([t, v]) => `${t}=${v}`).join(', '),
    issuer: nameParts(cert.issuer)
      .map(([t, v]) => `${t}=${v}`)
      .join(', '),
    commonName: get('CN'),
    organization: get('O'),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    isCA: bc?.cA === true,
    ...(keyUsage ? { keyUsage } : {}),
    extKeyUsage: eku?.keyPurposes ?? [],
    ...(ski ? { subjectKeyId: toHex(new Uint8Array(ski.valueBlock.valueHexView)) } : {}),
    ...(aki?.keyIdentifier ? { authorityKeyId: toHex(new Uint8Array(aki.keyIdentifier.valueBlock.valueHexView)) } : {}),
    signatureAlgorithm: cert.signatureAlgorithm.algorithmId,
    keyAlgorithm: keyOid === OID.rsaEncryption ? 'RSA' : keyOid === OID.ecPublicKey ? 'EC' : 'other',
    publicKey: crypto.createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' }),
  };
}

/** Reads PEM (one or many) or DER bytes into DER certificates. */
export function certificatesFromFile(bytes: Uint8Array): Uint8Array[] {
  const text = Buffer.from(bytes).toString('latin1');
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    const out: Uint8Array[] = [];
    for (const m of text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
      out.push(new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')));
    }
    return out;
  }
  return [bytes];
}

export function isSelfIssued(c: CertInfo): boolean {
  return c.subjectKey === c.issuerKey;
}

const CERT_SIG_HASH: Record<string, 'sha1' | 'sha256' | 'sha384' | 'sha512'> = {
  [OID.sha1WithRSA]: 'sha1',
  [OID.sha256WithRSA]: 'sha256',
  [OID.sha384WithRSA]: 'sha384',
  [OID.sha512WithRSA]: 'sha512',
  [OID.ecdsaWithSHA1]: 'sha1',
  [OID.ecdsaWithSHA256]: 'sha256',
  [OID.ecdsaWithSHA384]: 'sha384',
  [OID.ecdsaWithSHA512]: 'sha512',
};

/** Hash algorithm of a certificate's signature, or undefined when unsupported (e.g. RSA-PSS). */
export function certSignatureHash(c: CertInfo): 'sha1' | 'sha256' | 'sha384' | 'sha512' | undefined {
  return CERT_SIG_HASH[c.signatureAlgorithm];
}

/** Does `issuer`'s key verify `child`'s signature? Algorithm policy is the caller's. */
export function verifyCertSignature(child: CertInfo, issuer: CertInfo): boolean {
  const hash = certSignatureHash(child);
  if (!hash) return false;
  const tbs = Buffer.from(child.cert.tbsView);
  const sig = Buffer.from(child.cert.signatureValue.valueBlock.valueHexView);
  try {
    const key = issuer.keyAlgorithm === 'EC' ? { key: issuer.publicKey, dsaEncoding: 'der' as const } : issuer.publicKey;
    return crypto.verify(hash, tbs, key, sig);
  } catch {
    return false;
  }
}
