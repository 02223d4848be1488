import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { certificatesFromFile, parseCertificate, type CertInfo } from '../verify/certs';

/**
 * Trust anchors and bundled intermediates for verification.
 *
 * - Pinned certificates (Ban Cơ yếu G1/G2, NEAC): `resources/trust/pins.json` holds only their
 *   SHA-256 fingerprints. A certificate file (downloaded from the official URL or imported by the
 *   administrator) is accepted only when its fingerprint matches a confirmed pin; its pin decides
 *   whether it is an anchor (root) or an intermediate that still has to chain to an anchor.
 * - User anchors (administrator-added roots, `--trust DIR`): trusted as given.
 * SHA-1 certificate signatures are accepted only on CA certificates pinned in a chain that allows it
 * (the G1 chain): everything else signed with SHA-1 fails the chain.
 */
const PinSchema = z.object({
  chain: z.string(),
  role: z.enum(['root', 'intermediate']),
  subjectCN: z.string(),
  sha256: z.string().regex(/^[0-9A-F]{64}$/),
  validUntil: z.string(),
  url: z.string().optional(),
  confirmed: z.boolean().optional(),
});
const PinsFileSchema = z.object({
  chains: z.record(
    z.string(),
    z.object({ name: z.string(), sha1CaSignaturesAllowed: z.boolean().optional(), note: z.string().optional() }),
  ),
  pins: z.array(PinSchema),
});
export type TrustPin = z.output<typeof PinSchema>;
export type PinsFile = z.output<typeof PinsFileSchema>;

export interface TrustStore {
  anchors: CertInfo[];
  intermediates: CertInfo[];
  isAnchor(c: CertInfo): boolean;
  /** SHA-1 on this certificate's signature is acceptable (pinned G1 CA certificate). */
  sha1Allowed(c: CertInfo): boolean;
  pinOf(c: CertInfo): TrustPin | undefined;
  /** Files that were offered but not accepted, with the reason (shown to the administrator). */
  rejected: Array<{ file: string; reason: string }>;
}

export function loadPins(resourcesDir: string): PinsFile {
  const file = path.join(resourcesDir, 'trust', 'pins.json');
  return PinsFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const CERT_FILE = /\.(pem|crt|cer|der)$/i;
const MAX_CERT_FILE = 256 * 1024;

function readCertDir(dir: string, rejected: TrustStore['rejected']): Array<{ file: string; cert: CertInfo }> {
  if (!fs.existsSync(dir)) return [];
  const out: Array<{ file: string; cert: CertInfo }> = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!CERT_FILE.test(name)) continue;
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > MAX_CERT_FILE) {
        rejected.push({ file, reason: 'không phải tệp chứng thư hợp lệ' });
        continue;
      }
      for (const der of certificatesFromFile(new Uint8Array(fs.readFileSync(file)))) out.push({ file, cert: parseCertificate(der) });
    } catch {
      rejected.push({ file, reason: 'không đọc được chứng thư' });
    }
  }
  return out;
}

export function buildTrustStore(o: {
  pins: PinsFile;
  pinnedDirs?: string[];
  userAnchorDirs?: string[];
  userAnchors?: Uint8Array[];
}): TrustStore {
  const rejected: TrustStore['rejected'] = [];
  const byFp = new Map(o.pins.pins.map((p) => [p.sha256, p]));
  const anchors = new Map<string, CertInfo>();
  const intermediates = new Map<string, CertInfo>();
  for (const dir of o.pinnedDirs ?? []) {
    for (const { file, cert } of readCertDir(dir, rejected)) {
      const pin = byFp.get(cert.sha256);
      if (!pin) rejected.push({ file, reason: `vân tay SHA-256 ${cert.sha256.slice(0, 16)}… không khớp chứng thư gốc nào đã ghim` });
      else if (pin.confirmed === false)
        rejected.push({ file, reason: `"${pin.subjectCN}" chỉ có một nguồn công khai; cần quản trị viên xác nhận với rootca.gov.vn` });
      else (pin.role === 'root' ? anchors : intermediates).set(cert.sha256, cert);
    }
  }
  for (const dir of o.userAnchorDirs ?? []) for (const { cert } of readCertDir(dir, rejected)) anchors.set(cert.sha256, cert);
  for (const der of o.userAnchors ?? []) {
    const cert = parseCertificate(der);
    anchors.set(cert.sha256, cert);
  }
  return {
    anchors: [...anchors.values()],
    intermediates: [...intermediates.values()].filter((c) => !anchors.has(c.sha256)),
    isAnchor: (c) => anchors.has(c.sha256),
    sha1Allowed: (c) => {
      const pin = byFp.get(c.sha256);
      return Boolean(c.isCA && pin && pin.confirmed !== false && o.pins.chains[pin.chain]?.sha1CaSignaturesAllowed);
    },
    pinOf: (c) => byFp.get(c.sha256),
    rejected,
  };
}

/**
 * A data folder's trust store: the shipped pins, the official CA files imported into
 * `<data>/trust/pinned` and the administrator's roots in `<data>/trust/user` (plus `extraDirs`).
 * Built the same way on the main thread and in the long-work worker, so both give the same verdicts.
 */
export function agencyTrustStore(pins: PinsFile, dataDir: string, extraDirs: string[] = []): TrustStore {
  return buildTrustStore({
    pins,
    pinnedDirs: [path.join(dataDir, 'trust', 'pinned')],
    userAnchorDirs: [path.join(dataDir, 'trust', 'user'), ...extraDirs],
  });
}

export interface TrustImportResult {
  accepted: Array<{ file: string; commonName: string; sha256: string; role: 'root' | 'intermediate' | 'user-anchor' }>;
  rejected: Array<{ file: string; reason: string }>;
  /** DER certificates to store, keyed by the folder they go to ('pinned' | 'user'). */
  toStore: Array<{ folder: 'pinned' | 'user'; sha256: string; der: Uint8Array }>;
}

/**
 * Sorts offered certificate files: a pinned-mode import keeps only certificates whose fingerprint
 * matches a confirmed pin (a look-alike with the same name is refused by fingerprint); a
 * user-anchor import keeps every readable CA certificate.
 */
export function screenTrustImport(
  pins: PinsFile,
  files: Array<{ file: string; bytes: Uint8Array }>,
  asUserAnchor: boolean,
): TrustImportResult {
  const byFp = new Map(pins.pins.map((p) => [p.sha256, p]));
  const out: TrustImportResult = { accepted: [], rejected: [], toStore: [] };
  for (const { file, bytes } of files) {
    let certs: CertInfo[];
    try {
      certs = certificatesFromFile(bytes).map(parseCertificate);
    } catch {
      out.rejected.push({ file, reason: 'không đọc được chứng thư (cần PEM hoặc DER)' });
      continue;
    }
    for (const cert of certs) {
      if (asUserAnchor) {
        if (!cert.isCA) {
          out.rejected.push({ file, reason: `"${cert.commonName}" không phải chứng thư CA` });
          continue;
        }
        out.accepted.push({ file, commonName: cert.commonName, sha256: cert.sha256, role: 'user-anchor' });
        out.toStore.push({ folder: 'user', sha256: cert.sha256, der: cert.der });
        continue;
      }
      const pin = byFp.get(cert.sha256);
      if (!pin) out.rejected.push({ file, reason: `vân tay SHA-256 của "${cert.commonName}" không khớp chứng thư nào đã ghim` });
      else if (pin.confirmed === false)
        out.rejected.push({
          file,
          reason: `"${pin.subjectCN}" chưa được xác nhận (một nguồn công khai); thêm như chứng thư gốc của quản trị viên nếu đã đối chiếu`,
        });
      else {
        out.accepted.push({ file, commonName: cert.commonName, sha256: cert.sha256, role: pin.role });
        out.toStore.push({ folder: 'pinned', sha256: cert.sha256, der: cert.der });
      }
    }
  }
  return out;
}
