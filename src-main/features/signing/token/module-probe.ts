import fs from 'node:fs';
import { createRequire } from 'node:module';
import { isChildRunError, runChild, type ChildResult } from '../../../core/child-process';
import type { Logger } from '../../../core/logger';
import { appError, type ErrorCode, type ErrorParams } from '../../../../src-shared/rpc/errors';
import { pinStatusFromFlags } from './pkcs11-errors';
import type { ModuleProbe, ProbeFailure, TokenDescriptor } from './token-provider';

/**
 * Runs in a child Node process (Electron's binary with ELECTRON_RUN_AS_NODE): loads one vendor
 * library, lists slots, tokens and certificates (public objects, no PIN) and prints one JSON line.
 * Plain JavaScript on purpose: it must run from the bundle without a TypeScript loader.
 */
const PROBE_SCRIPT = String.raw`
const pkcs11js = require(process.argv[1]);
const modulePath = process.argv[2];
const out = (v) => process.stdout.write(JSON.stringify(v) + '\n');
const clean = (s) => String(s || '').replace(/\0/g, '').trim();
const lib = new pkcs11js.PKCS11();
try { lib.load(modulePath); } catch (e) { out({ ok: false, failure: 'load-failed', message: String(e && e.message || e) }); process.exit(0); }
try { lib.C_Initialize({ flags: 2 }); } catch (e) { if (!/ALREADY_INITIALIZED/.test(String(e && e.message))) { out({ ok: false, failure: 'load-failed', message: String(e && e.message || e) }); process.exit(0); } }
const info = lib.C_GetInfo();
const tokens = [];
for (const slot of lib.C_GetSlotList(true).slice(0, 16)) {
  let ti;
  try { ti = lib.C_GetTokenInfo(slot); } catch (e) { continue; }
  if ((ti.flags & 0x400) === 0) continue; // CKF_TOKEN_INITIALIZED: an empty reader slot is not a token
  const certificates = [];
  let session;
  try {
    session = lib.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
    lib.C_FindObjectsInit(session, [{ type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE }]);
    const handles = lib.C_FindObjects(session, 64);
    lib.C_FindObjectsFinal(session);
    for (const h of handles) {
      const a = lib.C_GetAttributeValue(session, h, [{ type: pkcs11js.CKA_ID }, { type: pkcs11js.CKA_LABEL }, { type: pkcs11js.CKA_VALUE }]);
      const value = a[2].value;
      if (!Buffer.isBuffer(value) || value.length === 0 || value.length > 16384) continue;
      certificates.push({ id: Buffer.isBuffer(a[0].value) ? a[0].value.toString('hex') : '', label: Buffer.isBuffer(a[1].value) ? a[1].value.toString('utf8') : '', der: value.toString('base64') });
    }
  } catch (e) { /* a token that refuses public listing still shows up, without certificates */ }
  finally { if (session) { try { lib.C_CloseSession(session); } catch (e) {} } }
  tokens.push({ slotId: slot.toString('hex'), label: clean(ti.label), serialNumber: clean(ti.serialNumber), manufacturer: clean(ti.manufacturerID), model: clean(ti.model), flags: ti.flags, certificates });
}
try { lib.C_Finalize(); } catch (e) {}
out({ ok: true, library: { description: clean(info.libraryDescription), manufacturer: clean(info.manufacturerID), version: info.libraryVersion.major + '.' + info.libraryVersion.minor }, tokens });
`;

interface RawProbe {
  ok: boolean;
  failure?: 'load-failed';
  message?: string;
  library?: ModuleProbe['library'];
  tokens?: Array<
    Omit<TokenDescriptor, 'pin' | 'certificates'> & { flags: number; certificates: Array<{ id: string; label: string; der: string }> }
  >;
}

const PROBE_TIMEOUT_MS = 20_000;
const MAX_PROBE_OUTPUT = 4 * 1024 * 1024;

export function pkcs11jsPath(): string {
  return createRequire(__filename).resolve('pkcs11js');
}

/**
 * Probes a PKCS#11 library in a child process. A vendor DLL that segfaults, hangs or prints garbage
 * yields a `ModuleProbe` with `ok: false`, never an exception in the caller.
 */
export async function probeModule(modulePath: string, logger: Logger, timeoutMs = PROBE_TIMEOUT_MS): Promise<ModuleProbe> {
  if (!fs.existsSync(modulePath)) {
    return failed(modulePath, 'not-found', 'token.moduleNotFound', { path: modulePath });
  }
  let run: ChildResult;
  try {
    run = await runChild(process.execPath, {
      args: ['-e', PROBE_SCRIPT, pkcs11jsPath(), modulePath],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      timeoutMs,
      stdout: { maxChars: MAX_PROBE_OUTPUT },
      stderr: { maxChars: 4096, overflow: 'keep-tail' },
      killSignal: 'SIGKILL',
    });
  } catch (err) {
    if (isChildRunError(err) && err.reason === 'timeout') {
      logger.warn('pkcs11 module probe timed out', { modulePath });
      return failed(modulePath, 'timeout', 'token.moduleTimeout', { path: modulePath, seconds: timeoutMs / 1000 });
    }
    if (isChildRunError(err) && err.reason === 'output-limit') {
      logger.warn('pkcs11 module probe printed too much', { modulePath });
      return failed(modulePath, 'crashed', 'token.moduleOutput', { path: modulePath });
    }
    return loadFailed(modulePath, (err as Error).message);
  }
  const { code, signal, stdout, stderr } = run;
  const line = stdout.trim().split('\n').pop() ?? '';
  let raw: RawProbe | undefined;
  try {
    raw = JSON.parse(line) as RawProbe;
  } catch {
    raw = undefined;
  }
  if (!raw || code !== 0) {
    logger.warn('pkcs11 module probe crashed', { modulePath, code, signal, stderr: stderr.slice(0, 500) });
    return failed(modulePath, 'crashed', 'token.moduleCrashed', { path: modulePath, exit: String(code ?? signal) });
  }
  return toProbe(modulePath, raw);
}

/** A failed probe: its message worded by the catalog key, which travels with it. */
function failed(modulePath: string, failure: ProbeFailure, code: ErrorCode, params: ErrorParams): ModuleProbe {
  return { modulePath, ok: false, failure, message: appError(code, params).message, code, params, tokens: [] };
}

/** The library did not load: the loader's own words (pkcs11js, the OS) as a detail when it gave any. */
function loadFailed(modulePath: string, error: string | undefined): ModuleProbe {
  return error
    ? failed(modulePath, 'load-failed', 'token.moduleLoadFailed', { path: modulePath, error })
    : failed(modulePath, 'load-failed', 'token.moduleNotLoaded', { path: modulePath });
}

function toProbe(modulePath: string, raw: RawProbe): ModuleProbe {
  if (!raw.ok) return loadFailed(modulePath, raw.message);
  return {
    modulePath,
    ok: true,
    ...(raw.library ? { library: raw.library } : {}),
    tokens: (raw.tokens ?? []).map((t) => ({
      slotId: t.slotId,
      label: t.label,
      serialNumber: t.serialNumber,
      manufacturer: t.manufacturer,
      model: t.model,
      pin: pinStatusFromFlags(t.flags),
      certificates: t.certificates.map((c) => ({ id: c.id, label: c.label, der: new Uint8Array(Buffer.from(c.der, 'base64')) })),
    })),
  };
}
