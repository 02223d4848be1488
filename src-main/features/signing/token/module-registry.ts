import { createRequire } from 'node:module';
import type pkcs11js from 'pkcs11js';
import { appError } from '../../../../src-shared/rpc/errors';
import { CK, CKR, ckrOf } from './pkcs11-errors';

/**
 * One loaded PKCS#11 library per path, reference-counted. C_Initialize is per process
 * (a second call returns CKR_CRYPTOKI_ALREADY_INITIALIZED) and login state is shared by every
 * session on a token (signing.md §2), so two signing flows must share one module instance.
 * CKF_OS_LOCKING_OK because the async C_Sign runs on libuv's thread pool.
 */
export interface ModuleRegistry {
  acquire(modulePath: string): pkcs11js.PKCS11;
  release(modulePath: string): void;
}

type Pkcs11Module = typeof pkcs11js;
let native: Pkcs11Module | undefined;

/**
 * pkcs11js is a native addon: loaded on first use, not at app start, so a machine where it failed
 * to build still runs everything else and gets a clear message only when it tries to sign.
 */
function loadNative(): Pkcs11Module {
  if (!native) {
    try {
      native = createRequire(__filename)('pkcs11js') as Pkcs11Module;
    } catch (err) {
      throw appError('signing.pkcs11jsMissing', { error: (err as Error).message }, { reason: 'pkcs11js-missing' });
    }
  }
  return native;
}

export function createModuleRegistry(): ModuleRegistry {
  const loaded = new Map<string, { lib: pkcs11js.PKCS11; refs: number }>();
  return {
    acquire(modulePath) {
      const hit = loaded.get(modulePath);
      if (hit) {
        hit.refs++;
        return hit.lib;
      }
      const lib = new (loadNative().PKCS11)();
      lib.load(modulePath);
      try {
        lib.C_Initialize({ flags: CK.CKF_OS_LOCKING_OK });
      } catch (err) {
        if (ckrOf(err) !== CKR.CRYPTOKI_ALREADY_INITIALIZED) {
          lib.close();
          throw err;
        }
      }
      loaded.set(modulePath, { lib, refs: 1 });
      return lib;
    },
    release(modulePath) {
      const hit = loaded.get(modulePath);
      if (!hit) return;
      if (--hit.refs > 0) return;
      loaded.delete(modulePath);
      try {
        hit.lib.C_Finalize();
      } finally {
        hit.lib.close();
      }
    },
  };
}
