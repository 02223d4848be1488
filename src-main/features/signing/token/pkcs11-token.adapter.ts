import crypto from 'node:crypto';
import fs from 'node:fs';
import type pkcs11js from 'pkcs11js';
import { AppError, appError } from '../../../../src-shared/rpc/errors';
import type { Logger } from '../../../core/logger';
import { p1363ToDer, sha256DigestInfo } from '../cms/der';
import { createModuleRegistry, type ModuleRegistry } from './module-registry';
import { probeModule } from './module-probe';
import { CK, CKR, ckrOf, pinStatusFromFlags, tokenError } from './pkcs11-errors';
import type {
  KeyAlgorithm,
  ModuleProbe,
  PinStatus,
  TokenCertificate,
  TokenDescriptor,
  TokenProvider,
  TokenSession,
  TokenSigner,
} from './token-provider';

type Lib = pkcs11js.PKCS11;
type Handle = Buffer;

const clean = (s: string) => s.replace(/\0/g, '').trim();

/**
 * The real TokenProvider over pkcs11js. Vendor libraries are probed in a child process before the
 * first in-process load (see module-probe.ts); signing itself runs in-process because the PIN must
 * not leave the main process.
 */
export function createPkcs11TokenProvider(deps: { logger: Logger; registry?: ModuleRegistry; probeTimeoutMs?: number }): TokenProvider {
  const registry = deps.registry ?? createModuleRegistry();
  const provenSafe = new Set<string>();
  const log = deps.logger;

  const probe = async (modulePath: string): Promise<ModuleProbe> => {
    const result = await probeModule(modulePath, log, deps.probeTimeoutMs);
    if (result.ok) provenSafe.add(moduleKey(modulePath));
    return result;
  };

  return {
    probe,
    async open(modulePath, tokenRef) {
      if (!provenSafe.has(moduleKey(modulePath))) {
        const p = await probe(modulePath);
        if (!p.ok) {
          const details = { field: 'modulePath', failure: p.failure };
          throw p.code === undefined
            ? appError('token.moduleNotLoaded', { path: modulePath }, details)
            : appError(p.code, p.params, details);
        }
      }
      const lib = registry.acquire(modulePath);
      try {
        return openSession(lib, modulePath, tokenRef, () => registry.release(modulePath), log);
      } catch (err) {
        registry.release(modulePath);
        throw err;
      }
    },
  };
}

function moduleKey(modulePath: string): string {
  try {
    const st = fs.statSync(modulePath);
    return `${modulePath}|${st.size}|${st.mtimeMs}`;
  } catch {
    return modulePath;
  }
}

function findSlot(lib: Lib, tokenRef: string): { slot: Handle; info: pkcs11js.TokenInfo } {
  const seen: string[] = [];
  for (const slot of lib.C_GetSlotList(true)) {
    const info = lib.C_GetTokenInfo(slot);
    const label = clean(info.label);
    const serial = clean(info.serialNumber);
    seen.push(label);
    if (label === tokenRef || serial === tokenRef) return { slot, info };
  }
  const details = {
    field: 'token',
    tokens: seen,
  };
  if (seen.length === 0) throw appError('token.noneFound', { token: tokenRef }, details);
  throw appError('token.notFound', { token: tokenRef, seen: seen.join(', ') }, details);
}

function findObjects(lib: Lib, session: Handle, template: pkcs11js.Template, max = 64): Handle[] {
  lib.C_FindObjectsInit(session, template);
  try {
    return lib.C_FindObjects(session, max);
  } finally {
    lib.C_FindObjectsFinal(session);
  }
}

function listCertificates(lib: Lib, session: Handle): TokenCertificate[] {
  const out: TokenCertificate[] = [];
  for (const h of findObjects(lib, session, [{ type: CK.CKA_CLASS, value: CK.CKO_CERTIFICATE }])) {
    const [id, label, value] = lib.C_GetAttributeValue(session, h, [{ type: CK.CKA_ID }, { type: CK.CKA_LABEL }, { type: CK.CKA_VALUE }]);
    if (!Buffer.isBuffer(value?.value) || value.value.length === 0 || value.value.length > 16384) continue;
    out.push({
      id: Buffer.isBuffer(id?.value) ? id.value.toString('hex') : '',
      label: Buffer.isBuffer(label?.value) ? label.value.toString('utf8') : '',
      der: new Uint8Array(value.value),
    });
  }
  return out;
}

function openSession(lib: Lib, modulePath: string, tokenRef: string, release: () => void, log: Logger): TokenSession {
  const { slot, info } = findSlot(lib, tokenRef);
  let session: Handle | undefined = lib.C_OpenSession(slot, CK.CKF_SERIAL_SESSION);
  const certificates = listCertificates(lib, session);
  const token: TokenDescriptor = {
    slotId: slot.toString('hex'),
    label: clean(info.label),
    serialNumber: clean(info.serialNumber),
    manufacturer: clean(info.manufacturerID),
    model: clean(info.model),
    pin: pinStatusFromFlags(info.flags),
    certificates,
  };
  // Held only for keys that demand the PIN on every signature; dropped in close().
  let contextPin: string | undefined;
  let loggedIn = false;

  const live = (): Handle => {
    if (!session) throw appError('token.sessionClosed', undefined, { during: 'sign' });
    return session;
  };
  const pinStatus = (): PinStatus => {
    try {
      return pinStatusFromFlags(lib.C_GetTokenInfo(slot).flags);
    } catch {
      return token.pin;
    }
  };

  return {
    modulePath,
    token,
    pinStatus,
    async login(pin) {
      const before = pinStatus();
      if (before.locked) throw appError('token.locked', undefined, { pin: before });
      try {
        lib.C_Login(live(), CK.CKU_USER, pin);
      } catch (err) {
        // Login is shared by all sessions of this app on the token (signing.md §2.3).
        if (ckrOf(err) !== CKR.USER_ALREADY_LOGGED_IN) throw tokenError(err, 'đăng nhập token', pinStatus());
      }
      loggedIn = true;
      contextPin = pin;
      log.info('token login', { label: token.label, serial: token.serialNumber });
    },
    signer(keyId) {
      const s = live();
      if (!loggedIn) throw appError('token.pinNeeded', undefined, { field: 'pin' });
      const cert = certificates.find((c) => c.id === keyId.toLowerCase());
      if (!cert) {
        throw appError(
          'token.noCertificate',
          { keyId },
          {
            field: 'keyId',
            available: certificates.map((c) => c.id),
          },
        );
      }
      const keys = findObjects(
        lib,
        s,
        [
          { type: CK.CKA_CLASS, value: CK.CKO_PRIVATE_KEY },
          { type: CK.CKA_ID, value: Buffer.from(cert.id, 'hex') },
        ],
        2,
      );
      const key = keys[0];
      if (!key) throw appError('token.noPrivateKey', { keyId }, { field: 'keyId' });
      const keyAlgorithm = keyAlgorithmOf(lib, s, key);
      const alwaysAuthenticate = readBool(lib, s, key, CK.CKA_ALWAYS_AUTHENTICATE);
      if (!alwaysAuthenticate) contextPin = undefined;
      return createSigner({
        lib,
        session: s,
        key,
        keyId: cert.id,
        certificate: cert.der,
        keyAlgorithm,
        alwaysAuthenticate,
        pin: () => contextPin,
        pinStatus,
      });
    },
    close() {
      contextPin = undefined;
      if (!session) return;
      const s = session;
      session = undefined;
      // No C_Logout: it would log out every other session of this app on the token (signing.md §2.3);
      // closing the last session ends the login anyway.
      try {
        lib.C_CloseSession(s);
      } catch {
        /* token already gone */
      } finally {
        release();
      }
    },
  };
}

function readBool(lib: Lib, session: Handle, obj: Handle, type: number): boolean {
  try {
    const [a] = lib.C_GetAttributeValue(session, obj, [{ type }]);
    const v = a?.value;
    return Buffer.isBuffer(v) ? v.length > 0 && v[0] !== 0 : Boolean(v);
  } catch {
    return false; // older tokens do not know the attribute
  }
}

function keyAlgorithmOf(lib: Lib, session: Handle, key: Handle): KeyAlgorithm {
  const [a] = lib.C_GetAttributeValue(session, key, [{ type: CK.CKA_KEY_TYPE }]);
  const v = a?.value;
  const type = Buffer.isBuffer(v) ? v.readUIntLE(0, Math.min(v.length, 6)) : Number(v);
  if (type === CK.CKK_RSA) return 'RSA';
  if (type === CK.CKK_EC) return 'EC';
  throw appError('token.keyTypeUnsupported', { type }, { keyType: type });
}

function createSigner(o: {
  lib: Lib;
  session: Handle;
  key: Handle;
  keyId: string;
  certificate: Uint8Array;
  keyAlgorithm: KeyAlgorithm;
  alwaysAuthenticate: boolean;
  pin: () => string | undefined;
  pinStatus: () => PinStatus;
}): TokenSigner {
  const publicKey = new crypto.X509Certificate(o.certificate).publicKey;
  return {
    keyId: o.keyId,
    certificate: o.certificate,
    keyAlgorithm: o.keyAlgorithm,
    alwaysAuthenticate: o.alwaysAuthenticate,
    async sign(data) {
      const hash = crypto.createHash('sha256').update(data).digest();
      const rsa = o.keyAlgorithm === 'RSA';
      const input = Buffer.from(rsa ? sha256DigestInfo(hash) : hash);
      let raw: Buffer;
      try {
        o.lib.C_SignInit(o.session, { mechanism: rsa ? CK.CKM_RSA_PKCS : CK.CKM_ECDSA }, o.key);
        if (o.alwaysAuthenticate) {
          const pin = o.pin();
          if (pin === undefined) throw appError('token.pinEachSignature', undefined, { field: 'pin' });
          o.lib.C_Login(o.session, CK.CKU_CONTEXT_SPECIFIC, pin);
        }
        raw = await o.lib.C_SignAsync(o.session, input, Buffer.alloc(1024));
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw tokenError(err, 'ký trên token', o.pinStatus());
      }
      const signature = rsa ? new Uint8Array(raw) : p1363ToDer(raw);
      // A certificate stored under the wrong CKA_ID would otherwise yield a PDF that no one can verify.
      const ok = crypto.verify('sha256', data, rsa ? publicKey : { key: publicKey, dsaEncoding: 'der' }, signature);
      if (!ok) {
        throw appError(
          'token.keyMismatch',
          { keyId: o.keyId },
          {
            field: 'keyId',
            reason: 'key-certificate-mismatch',
          },
        );
      }
      return signature;
    },
  };
}
