import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { p1363ToDer, sha256DigestInfo } from './cms/der';
import { pdfDateVn, vnSigningTimeText } from './pdf/appearance';
import { pinWarning } from './signing.service';
import { pinStatusFromFlags, tokenError } from './token/pkcs11-errors';
import { parsePdfDate } from './verify/pdf-signatures';

describe('signing helpers', () => {
  it('CKM_ECDSA r‖s becomes a DER ECDSA-Sig-Value node:crypto accepts (P-256 and P-521)', () => {
    for (const namedCurve of ['prime256v1', 'secp521r1']) {
      const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve });
      for (let i = 0; i < 20; i++) {
        const data = crypto.randomBytes(64);
        const raw = crypto.sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
        expect(crypto.verify('sha256', data, { key: publicKey, dsaEncoding: 'der' }, p1363ToDer(raw))).toBe(true);
      }
    }
  });

  it('RSA over a DigestInfo equals RSA-SHA256 (so CKM_RSA_PKCS matches CKM_SHA256_RSA_PKCS)', () => {
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const data = Buffer.from('Quyết định số 05/QĐ-UBND');
    const viaDigestInfo = crypto.privateEncrypt(
      { key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING },
      sha256DigestInfo(crypto.createHash('sha256').update(data).digest()),
    );
    expect(viaDigestInfo.equals(crypto.sign('sha256', data, privateKey))).toBe(true);
  });

  it('signing time text and /M are Vietnam time with the +07:00 offset', () => {
    const at = new Date('2026-03-05T07:30:15Z');
    expect(vnSigningTimeText(at)).toBe('05/03/2026 14:30:15 +07:00');
    expect(pdfDateVn(at)).toBe("D:20260305143015+07'00'");
    expect(parsePdfDate("D:20260305143015+07'00'")?.toISOString()).toBe('2026-03-05T07:30:15.000Z');
    expect(parsePdfDate('D:20260305073015Z')?.toISOString()).toBe('2026-03-05T07:30:15.000Z');
    expect(parsePdfDate('05/03/2026')).toBeUndefined();
  });

  it('PIN flags become warnings before the PIN dialog, and PKCS#11 errors become clear AppErrors', () => {
    expect(pinWarning(pinStatusFromFlags(0x20000))).toContain('MỘT lần');
    expect(pinWarning(pinStatusFromFlags(0x40000))).toContain('khóa');
    expect(pinWarning(pinStatusFromFlags(0))).toBeUndefined();
    expect(tokenError({ code: 0xa0 }, 'đăng nhập', pinStatusFromFlags(0x20000)).message).toContain('MỘT lần');
    expect(tokenError({ code: 0xa0 }, 'đăng nhập', pinStatusFromFlags(0x40000)).kind).toBe('TokenLocked');
    expect(tokenError({ code: 0xa4 }, 'đăng nhập').kind).toBe('TokenLocked');
    expect(tokenError({ code: 0x32 }, 'ký').details).toMatchObject({ reason: 'token-removed' });
  });
});
