import type { TrustStore } from '../trust/trust-store';
import { certSignatureHash, isSelfIssued, verifyCertSignature, type CertInfo } from './certs';

/**
 * Builds a certification path from a signer certificate to a trust anchor and checks it at one
 * moment (the timestamp's time, else the claimed signing time). Issuers are matched by exact
 * Name bytes (and key identifiers when both are present) and PROVEN by signature, so a look-alike
 * CA with the same name but another key never completes a path. No revocation checks (offline).
 */
export interface ChainResult {
  trusted: boolean;
  /** Leaf first, anchor last (or the furthest certificate reached). */
  path: CertInfo[];
  problems: string[];
  /** The signer certificate itself was outside its validity period at `at`. */
  leafExpired: boolean;
}

const MAX_DEPTH = 8;

function validAt(c: CertInfo, at: Date): boolean {
  return c.notBefore.getTime() <= at.getTime() && at.getTime() <= c.notAfter.getTime();
}

const fmt = (d: Date) => d.toISOString().slice(0, 10);

export function buildChain(leaf: CertInfo, extra: CertInfo[], trust: TrustStore, at: Date): ChainResult {
  const pool = new Map<string, CertInfo>();
  for (const c of [...extra, ...trust.intermediates, ...trust.anchors]) pool.set(c.sha256, c);
  const problems: string[] = [];
  // Dead ends explored on the way; they matter only if no path is found.
  const deadEnds: string[] = [];
  let best: CertInfo[] = [leaf];

  const step = (path: CertInfo[]): CertInfo[] | undefined => {
    const current = path[path.length - 1]!;
    if (trust.isAnchor(current)) return path;
    if (path.length > MAX_DEPTH) return undefined;
    const issuers = [...pool.values()].filter(
      (c) =>
        c.subjectKey === current.issuerKey &&
        c.sha256 !== current.sha256 &&
        !path.some((p) => p.sha256 === c.sha256) &&
        (!current.authorityKeyId || !c.subjectKeyId || current.authorityKeyId === c.subjectKeyId),
    );
    for (const issuer of issuers) {
      if (!verifyCertSignature(current, issuer)) continue;
      const hash = certSignatureHash(current);
      if (hash === 'sha1' && !trust.sha1Allowed(current)) {
        deadEnds.push(`"${current.commonName}" được ký bằng SHA-1 (chỉ chấp nhận cho chứng thư CA của chuỗi Ban Cơ yếu G1).`);
        continue;
      }
      const next = [...path, issuer];
      if (next.length > best.length) best = next;
      const done = step(next);
      if (done) return done;
    }
    return undefined;
  };

  const found = step([leaf]);
  const path = found ?? best;
  const trusted = found !== undefined;
  if (!trusted) {
    problems.push(...new Set(deadEnds));
    const top = path[path.length - 1]!;
    problems.push(
      isSelfIssued(top)
        ? `Chứng thư gốc "${top.commonName}" không nằm trong danh sách tin cậy.`
        : `Không tìm được chứng thư cấp trên của "${top.commonName}" (nhà cung cấp: ${top.issuer}) trong danh sách tin cậy.`,
    );
  }
  path.forEach((c, i) => {
    if (i > 0) {
      if (!c.isCA) problems.push(`"${c.commonName}" không phải chứng thư CA (basicConstraints).`);
      if (c.keyUsage && !c.keyUsage.keyCertSign) problems.push(`"${c.commonName}" không có quyền ký chứng thư (keyCertSign).`);
      if (!validAt(c, at))
        problems.push(`Chứng thư CA "${c.commonName}" không còn hiệu lực vào ${fmt(at)} (${fmt(c.notBefore)} – ${fmt(c.notAfter)}).`);
    }
  });
  const leafExpired = !validAt(leaf, at);
  return { trusted: trusted && problems.length === 0, path, problems, leafExpired };
}
