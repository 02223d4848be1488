/**
 * The `TokenProvider` port: the agency's USB token (or any PKCS#11 device) as the signing code sees it.
 * The real adapter is `pkcs11-token.adapter.ts` (pkcs11js); tests run it against SoftHSM2.
 *
 * Invariants:
 * - Listing tokens and certificates never needs a PIN.
 * - A PIN lives only inside an open `TokenSession`, and only as long as a key that demands it for every
 *   signature (CKA_ALWAYS_AUTHENTICATE) may still need it; `close()` drops it. It is never logged.
 * - `TokenSigner.sign` receives the bytes to be signed, hashes them with SHA-256 in software and sends
 *   only the digest to the token, so tokens without hash-and-sign mechanisms work.
 */
import type { ErrorCode, ErrorParams } from '../../../../src-shared/rpc/errors';

export type KeyAlgorithm = 'RSA' | 'EC';

/** PIN state read from C_GetTokenInfo flags, before any login attempt. */
export interface PinStatus {
  /** CKF_USER_PIN_COUNT_LOW: a wrong PIN was entered since the last good login. */
  countLow: boolean;
  /** CKF_USER_PIN_FINAL_TRY: one more wrong PIN locks the token (VGCA tokens lock after 3). */
  finalTry: boolean;
  /** CKF_USER_PIN_LOCKED: the token refuses every PIN until the officer unlocks it. */
  locked: boolean;
  /** CKF_USER_PIN_TO_BE_CHANGED: the vendor tool must change the PIN first. */
  toBeChanged: boolean;
  /** CKF_PROTECTED_AUTHENTICATION_PATH: the PIN is typed on the reader's own keypad. */
  protectedPath: boolean;
}

export interface TokenCertificate {
  /** CKA_ID as lower-case hex: pairs the certificate with its private key. */
  id: string;
  label: string;
  der: Uint8Array;
}

export interface TokenDescriptor {
  slotId: string;
  label: string;
  serialNumber: string;
  manufacturer: string;
  model: string;
  pin: PinStatus;
  certificates: TokenCertificate[];
}

export type ProbeFailure = 'not-found' | 'load-failed' | 'crashed' | 'timeout';

export interface ModuleProbe {
  modulePath: string;
  ok: boolean;
  failure?: ProbeFailure;
  /** Why it failed, for the clerk (Vietnamese), with its catalog key and params (the window words it in its language). */
  message?: string;
  code?: ErrorCode;
  params?: ErrorParams;
  library?: { description: string; manufacturer: string; version: string };
  tokens: TokenDescriptor[];
}

export interface TokenSigner {
  readonly keyId: string;
  readonly certificate: Uint8Array;
  readonly keyAlgorithm: KeyAlgorithm;
  readonly alwaysAuthenticate: boolean;
  /** Signs SHA-256(data); returns the CMS signature value (RSA PKCS#1 v1.5, or DER ECDSA-Sig-Value). */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export interface TokenSession {
  readonly modulePath: string;
  readonly token: TokenDescriptor;
  /** Checks the PIN flags first (locked -> TokenLocked without trying), then C_Login. */
  login(pin: string): Promise<void>;
  /** The key and certificate with this CKA_ID; the key is looked up after login. */
  signer(keyId: string): TokenSigner;
  /** Re-reads the PIN flags (after a wrong PIN, to tell the clerk how many tries remain). */
  pinStatus(): PinStatus;
  /** Drops the PIN and closes the session; the last session on the token logs out implicitly. */
  close(): void;
}

export interface TokenProvider {
  /** Loads the module in a child process, so a crashing vendor library cannot take the app down. */
  probe(modulePath: string): Promise<ModuleProbe>;
  /**
   * Opens a session on the token whose label or serial number equals `token`. The module is probed
   * first (once per process), then loaded in-process for signing.
   */
  open(modulePath: string, token: string): Promise<TokenSession>;
}
