import { AppError, appError } from '../../../../src-shared/rpc/errors';
import { ERROR_TEXTS } from '../../../../src-shared/rpc/error-texts';
import type { PinStatus } from './token-provider';

/**
 * PKCS#11 numbers the adapter needs. Defined here, not read from pkcs11js, because the values are
 * fixed by the standard and the native module's exports are invisible to ESM named imports
 * (signing.md §9.1).
 */
export const CK = {
  CKF_LOGIN_REQUIRED: 0x4,
  CKF_PROTECTED_AUTHENTICATION_PATH: 0x100,
  CKF_USER_PIN_COUNT_LOW: 0x10000,
  CKF_USER_PIN_FINAL_TRY: 0x20000,
  CKF_USER_PIN_LOCKED: 0x40000,
  CKF_USER_PIN_TO_BE_CHANGED: 0x80000,
  CKU_USER: 1,
  CKU_CONTEXT_SPECIFIC: 2,
  CKF_SERIAL_SESSION: 0x4,
  CKF_OS_LOCKING_OK: 0x2,
  CKA_CLASS: 0x0,
  CKA_LABEL: 0x3,
  CKA_VALUE: 0x11,
  CKA_KEY_TYPE: 0x100,
  CKA_ID: 0x102,
  CKA_ALWAYS_AUTHENTICATE: 0x202,
  CKO_CERTIFICATE: 0x1,
  CKO_PRIVATE_KEY: 0x3,
  CKK_RSA: 0x0,
  CKK_EC: 0x3,
  CKM_RSA_PKCS: 0x1,
  CKM_ECDSA: 0x1041,
} as const;

const CKR = {
  FUNCTION_CANCELED: 0x50,
  DEVICE_ERROR: 0x30,
  DEVICE_MEMORY: 0x31,
  DEVICE_REMOVED: 0x32,
  KEY_HANDLE_INVALID: 0x60,
  PIN_INCORRECT: 0xa0,
  PIN_INVALID: 0xa1,
  PIN_LEN_RANGE: 0xa2,
  PIN_EXPIRED: 0xa3,
  PIN_LOCKED: 0xa4,
  SESSION_CLOSED: 0xb0,
  SESSION_HANDLE_INVALID: 0xb3,
  TOKEN_NOT_PRESENT: 0xe0,
  TOKEN_NOT_RECOGNIZED: 0xe1,
  USER_ALREADY_LOGGED_IN: 0x100,
  USER_NOT_LOGGED_IN: 0x101,
  CRYPTOKI_ALREADY_INITIALIZED: 0x191,
} as const;
export { CKR };

export function pinStatusFromFlags(flags: number): PinStatus {
  return {
    countLow: (flags & CK.CKF_USER_PIN_COUNT_LOW) !== 0,
    finalTry: (flags & CK.CKF_USER_PIN_FINAL_TRY) !== 0,
    locked: (flags & CK.CKF_USER_PIN_LOCKED) !== 0,
    toBeChanged: (flags & CK.CKF_USER_PIN_TO_BE_CHANGED) !== 0,
    protectedPath: (flags & CK.CKF_PROTECTED_AUTHENTICATION_PATH) !== 0,
  };
}

/** The CKR_* code of a pkcs11js error, or undefined for anything else. */
export function ckrOf(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'number') {
    const code = (err as { code: number }).code;
    return code > 0 ? code : undefined;
  }
  return undefined;
}

/**
 * Why one document of a batch was not signed: an AppError as it is; a PKCS#11 code escaping a
 * provider (token pulled out, device error) still gets its clear message; anything else is Internal.
 */
export function batchDocumentError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (ckrOf(err) !== undefined) return tokenError(err, 'ký trên token');
  return appError('signing.failed', { error: (err as Error).message });
}

/** The locked-token sentence, for warnings that are not errors. */
export const TOKEN_LOCKED_MESSAGE = ERROR_TEXTS['token.locked'].vi;

/**
 * Turns a PKCS#11 failure into an AppError the clerk can act on. `pin` is the status read after
 * the failure, so "sai PIN" can say whether the next try is the last one.
 */
export function tokenError(err: unknown, during: string, pin?: PinStatus): AppError {
  const code = ckrOf(err);
  const details: Record<string, unknown> = { during, ckr: code === undefined ? undefined : `0x${code.toString(16)}` };
  switch (code) {
    case CKR.PIN_INCORRECT:
    case CKR.PIN_INVALID:
    case CKR.PIN_LEN_RANGE: {
      if (pin?.locked) return appError('token.locked', undefined, { ...details, pin });
      const wrong = { ...details, field: 'pin', pin };
      if (pin?.finalTry) return appError('token.pinWrongFinal', undefined, wrong);
      return pin?.countLow ? appError('token.pinWrongLow', undefined, wrong) : appError('token.pinWrong', undefined, wrong);
    }
    case CKR.PIN_LOCKED:
      return appError('token.locked', undefined, { ...details, pin });
    case CKR.PIN_EXPIRED:
      return appError('token.pinExpired', undefined, { ...details, field: 'pin' });
    case CKR.FUNCTION_CANCELED:
      return appError('token.pinCancelled', undefined, details);
    case CKR.DEVICE_REMOVED:
    case CKR.TOKEN_NOT_PRESENT:
    case CKR.TOKEN_NOT_RECOGNIZED:
    case CKR.SESSION_CLOSED:
    case CKR.SESSION_HANDLE_INVALID:
    case CKR.DEVICE_ERROR:
    case CKR.DEVICE_MEMORY:
      return appError('token.removed', undefined, { ...details, reason: 'token-removed' });
    case CKR.USER_NOT_LOGGED_IN:
      return appError('token.loginRequired', undefined, details);
    default:
      return appError('token.failed', { during, error: err instanceof Error ? err.message : String(err) }, details);
  }
}
