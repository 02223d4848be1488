import { describe, expect, it } from 'vitest';
import { PasswordPolicySchema } from '../../../src-shared/contracts/accounts.contract';
import { decoyHash, hashPassword, needsRehash, oneTimePassword, policyProblem, verifyPassword } from './password';

const policy = PasswordPolicySchema.parse({});

describe('password hashing (scrypt, parameters kept with the hash)', () => {
  it('stores scrypt$N$r$p$salt$hash, verifies the right password only, salts each hash', async () => {
    const h = await hashPassword('Mật-khẩu đủ dài 2026');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(h).not.toContain('Mật-khẩu');
    expect(await verifyPassword('Mật-khẩu đủ dài 2026', h)).toBe(true);
    expect(await verifyPassword('Mật-khẩu đủ dài 2027', h)).toBe(false);
    expect(await hashPassword('Mật-khẩu đủ dài 2026')).not.toBe(h);
    // NFC and NFD spellings of the same Vietnamese text are one password.
    expect(await verifyPassword('Mật-khẩu đủ dài 2026'.normalize('NFD'), h)).toBe(true);
  });

  it('reads the parameters from the hash (old, weaker hashes still verify and are flagged for re-hash)', async () => {
    const weak = await hashPassword('Abcdefgh12!x', { N: 1024, r: 8, p: 1 });
    expect(weak.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('Abcdefgh12!x', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword('Abcdefgh12!x'))).toBe(false);
  });

  it('never matches a malformed stored hash or the decoy used for unknown users', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('', decoyHash())).toBe(false);
    expect(await verifyPassword('scrypt', 'scrypt$abc$8$1$AAAAAAAAAAAA$BBBBBBBBBBBBBBBBBBBB')).toBe(false);
  });
});

describe('password policy', () => {
  it('asks for the configured length, three character classes, and not the username', () => {
    expect(policyProblem('Ab1!', policy, 'lan')?.message).toMatch(/ít nhất 10 ký tự/);
    expect(policyProblem('abcdefghijk', policy, 'lan')?.message).toMatch(/ba trong bốn loại/);
    expect(policyProblem('Xinchao-lan-2026', policy, 'lan')?.message).toMatch(/tên đăng nhập/);
    expect(policyProblem('Đổi-mật-khẩu-9', policy, 'lan')).toBeNull();
    expect(policyProblem('Abcdef12345', { ...policy, minLength: 12 }, 'x')?.message).toMatch(/ít nhất 12/);
  });

  it('makes one-time passwords the policy accepts', () => {
    for (let i = 0; i < 50; i++) expect(policyProblem(oneTimePassword(), policy, 'someone')).toBeNull();
  });
});
