/**
 * The committed CA certificates (tests/fixtures/trust) are the public ones the product pins: each
 * file is listed in the folder's README with its SHA-256 fingerprint, and that fingerprint is a pin
 * in resources/trust/pins.json with the same subject CN. A swapped or re-encoded file fails here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPins } from '../../src-main/features/signing/trust/trust-store';
import { certificatesFromFile, parseCertificate } from '../../src-main/features/signing/verify/certs';
import { ROOT } from '../support/app-harness';

const DIR = path.join(ROOT, 'tests', 'fixtures', 'trust');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.pem'));
const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
const pins = loadPins(path.join(ROOT, 'resources'));

describe('committed CA certificate fixtures', () => {
  it('covers what the signing tests need: G1 and G2 roots and CAs, the NEAC root, one unconfirmed pin', () => {
    expect(files.sort()).toEqual(['cp-g1.pem', 'cpg2.pem', 'rootca-g1.pem', 'rootcag2.pem', 'vnrca-usbtoken.pem', 'vnrca256.pem']);
  });

  it.each(files)('%s: one certificate, fingerprint listed in the README and pinned with its subject', (file) => {
    const ders = certificatesFromFile(new Uint8Array(fs.readFileSync(path.join(DIR, file))));
    expect(ders).toHaveLength(1);
    const cert = parseCertificate(ders[0]!);
    // Independent of the product's parser: SHA-256 of the DER bytes.
    const fp = crypto.createHash('sha256').update(ders[0]!).digest('hex').toUpperCase();
    expect(cert.sha256).toBe(fp);
    const row = readme.split('\n').find((l) => l.startsWith(`| ${file} |`));
    expect(row, `README row for ${file}`).toBeDefined();
    expect(row).toContain(`\`${fp}\``);
    const pin = pins.pins.find((p) => p.sha256 === fp);
    expect(pin, `pin for ${file}`).toBeDefined();
    expect(pin!.subjectCN).toBe(cert.commonName);
  });
});
