import fs from 'node:fs';
import path from 'node:path';

/**
 * PKCS#11 library names seen for the tokens Vietnamese agencies use (signing.md §6). They are
 * candidates from public code, not verified: discovery only PROBES those present on this machine,
 * and the administrator can always give an explicit path (settings / --module).
 * VGCA tokens are SafeNet (eTPKCS11) or Bit4id (bit4xpki) hardware.
 */
const WINDOWS_NAMES = [
  'eTPKCS11.dll', // SafeNet (VGCA)
  'bit4xpki.dll', // Bit4id xPKI (VGCA)
  'vnpt-ca_csp11.dll',
  'vnpt-ca_csp11_x64.dll',
  'vnpt-ca_v34.dll',
  'vnpt-ca_cl_v1.dll',
  'vnpt-ca_csp11_s.dll',
  ...[10, 9, 8, 7, 6].map((v) => `vnptca_p11_v${v}.dll`),
  'viettel-ca_v6.dll',
  'viettel-ca_v5.dll',
  'viettel-ca_v4.dll',
  'viettel-ca_v3.dll',
  'viettel-ca_v2.dll',
  'viettel-ca_v1.dll',
  'viettel-ca.dll',
  'viettel-ca_s.dll',
  'viettel-ca_v2_s.x64.dll',
  'BkavCA.dll',
  'BkavCAv2S.dll',
  'bkavcaetoken.dll',
  'fpt-ca.dll',
  'fpt-ca-stx.dll',
  'fptca_v3.dll',
  'CA2_csp11.dll',
  'CA2_v34.dll',
  'ShuttleCsp11_3003.dll',
  'nca_v4.dll',
  'ncca_csp11_v1.dll',
  'safe-ca.dll',
  'Vina-CA.dll',
  'ostc1_csp11.dll',
  'st3csp11.dll',
  'ngp11v211.dll',
  'gclib.dll',
  'vdctdcsp11.dll',
  'eps2003csp11.dll', // Feitian ePass2003
];

const UNIX_NAMES = [
  'libeTPkcs11.so',
  'libbit4xpki.so',
  'libbit4ipki.so',
  'libviettel-ca_v6.so',
  'libvnpt-ca_csp11.so',
  'libcastle_v2.so',
  'libeps2003csp11.so',
  'opensc-pkcs11.so',
  'libsofthsm2.so', // the test token; harmless when absent
];

const MAC_NAMES = ['libeTPkcs11.dylib', 'libbit4xpki.dylib', 'libbit4ipki.dylib', 'viettel-ca_v6.dylib', 'opensc-pkcs11.so'];

function directoriesFor(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const root = env.SystemRoot ?? env.windir ?? 'C:\\Windows';
    // A 64-bit app can load only 64-bit DLLs; those live in System32 (SysWOW64 holds the 32-bit ones).
    return [path.win32.join(root, 'System32')];
  }
  if (platform === 'darwin') return ['/usr/local/lib', '/Library/Frameworks', '/usr/local/lib/pkcs11', '/opt/homebrew/lib'];
  const arch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
  return [
    '/usr/lib',
    `/usr/lib/${arch}`,
    `/usr/lib/${arch}/pkcs11`,
    '/usr/lib/softhsm',
    `/usr/lib/${arch}/softhsm`,
    '/usr/local/lib',
    '/usr/lib/pkcs11',
    '/opt/bit4id/lib',
  ];
}

export function candidateModuleNames(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') return WINDOWS_NAMES;
  if (platform === 'darwin') return MAC_NAMES;
  return UNIX_NAMES;
}

/**
 * Library paths worth probing on this machine: explicit paths first (kept even when missing, so the
 * clerk sees "not found" for a mistyped setting), then every known name found in the usual folders.
 */
export function candidateModules(
  explicit: readonly string[] = [],
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = fs.existsSync,
): string[] {
  const out = new Set<string>(explicit.map((p) => p.trim()).filter((p) => p.length > 0));
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  for (const dir of directoriesFor(platform, env)) {
    for (const name of candidateModuleNames(platform)) {
      const full = join(dir, name);
      if (exists(full)) out.add(full);
    }
  }
  return [...out];
}
