/** The `openssl` command lines the signing tests and bench run: a test PKI's certificates, CMS as a peer. */
import { execFileSync } from 'node:child_process';

/** `openssl req -x509`: a self-signed RSA-2048 certificate at `out`, its key written to `keyout` (default: dropped). */
export function selfSignedCert(o: { out: string; subj: string; days: number; keyout?: string; utf8?: boolean }): void {
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', o.keyout ?? '/dev/null', '-out', o.out];
  execFileSync('openssl', [...args, '-days', String(o.days), '-subj', o.subj, ...(o.utf8 ? ['-utf8'] : [])], { stdio: 'pipe' });
}

/** `openssl cms -verify` of the DER signature `sig` over `content`, chained to `caFile`, the content not written out. */
export function cmsVerifyArgs(sig: string, content: string, caFile: string): string[] {
  const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', sig, '-content', content];
  return [...args, '-CAfile', caFile, '-purpose', 'any', '-out', '/dev/null'];
}
