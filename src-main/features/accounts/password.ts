import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordPolicy } from '../../../src-shared/contracts/accounts.contract';
import { appError, type AppError } from '../../../src-shared/rpc/errors';

/** scrypt cost; recorded with each hash (`scrypt$N$r$p$salt$hash`) so it can be raised later. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 1 << 15, r: 8, p: 1 };
const KEY_LEN = 32;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LEN,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const HASH_RE = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{8,64})\$([A-Za-z0-9_-]{16,128})$/;

/** Constant-time compare of the derived key; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = HASH_RE.exec(stored);
  if (!m) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = Buffer.from(m[5]!, 'base64url');
  const key = await derive(password, Buffer.from(m[4]!, 'base64url'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of nothing anyone knows: an unknown username is checked against it, so both paths cost the same. */
export function decoyHash(params: ScryptParams = DEFAULT_SCRYPT): string {
  return `scrypt$${params.N}$${params.r}$${params.p}$${randomBytes(16).toString('base64url')}$${randomBytes(KEY_LEN).toString('base64url')}`;
}

/** Whether a hash was made with weaker parameters than today's (re-hashed at the next sign-in). */
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const m = HASH_RE.exec(stored);
  return !m || Number(m[1]) < params.N || Number(m[2]) < params.r || Number(m[3]) < params.p;
}

/** The policy's complaint about a new password in Vietnamese, or null when it passes. */
export function policyProblem(password: string, policy: PasswordPolicy, username: string): AppError | null {
  const field = { field: 'password' };
  if ([...password].length < policy.minLength) return appError('accounts.passwordTooShort', { min: policy.minLength }, field);
  if (policy.requireMixed) {
    const classes = [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
    if (classes < 3) return appError('accounts.passwordNotMixed', undefined, field);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) return appError('accounts.passwordHasUsername', undefined, field);
  return null;
}

const OTP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A one-time password an administrator hands over: 14 characters with every class the policy asks. */
export function oneTimePassword(): string {
  const pick = (s: string) => s[randomInt(s.length)]!;
  const body = Array.from({ length: 11 }, () => pick(OTP_ALPHABET)).join('');
  return `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}${body}${pick('23456789')}${pick('#%+=?')}`;
}
