/**
 * Small valid seeds of every outside format, built in the test (nothing committed but our own text):
 * a one- and a two-signature PDF (self-signed test key made by openssl, signed by the product's own
 * signer), an unsigned PDF, PNG / JPEG / TIFF pages, a CSV and an xlsx register sheet, an edXML packet.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { signPdf } from '../../src-main/features/signing/pdf/sign-pdf';
import { readTextItems } from '../../src-main/features/signing/pdf/text-layer';
import { certificatesFromFile } from '../../src-main/features/signing/verify/certs';
import { ROOT } from '../support/app-harness';

const fonts = {
  regular: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Regular.ttf')),
  italic: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Italic.ttf')),
};

/** A throwaway self-signed RSA certificate and its key (openssl, a second or less). */
export function testSigner(dir: string) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=Fuzz Test/O=vanthu'],
    {
      stdio: 'ignore',
    },
  );
  const privateKey = crypto.createPrivateKey(fs.readFileSync(key));
  return {
    certificate: certificatesFromFile(new Uint8Array(fs.readFileSync(cert)))[0]!,
    chain: [] as Uint8Array[],
    keyAlgorithm: 'RSA' as const,
    sign: async (tbs: Uint8Array) => new Uint8Array(crypto.sign('sha256', tbs, privateKey)),
  };
}

const FIXED_TIME = new Date('2026-03-02T08:00:00+07:00');

export async function plainPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`Trang ${i} - van ban thu nghiem`, { x: 60, y: 760, size: 18, font });
  // Fixed dates: the same seed bytes every run, so a case number names the same damaged file.
  doc.setCreationDate(FIXED_TIME);
  doc.setModificationDate(FIXED_TIME);
  return doc.save({ useObjectStreams: false });
}

export async function signedPdf(signatures: 1 | 2, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-fuzz-sig-'))): Promise<Uint8Array> {
  const signer = testSigner(dir);
  let bytes = await plainPdf(2);
  for (let i = 0; i < signatures; i++) {
    const r = await signPdf({
      bytes,
      label: 'seed.pdf',
      signer,
      signingTime: FIXED_TIME,
      appearance:
        i === 0 ? { kind: 'attachment', number: '09/QĐ-UBND' } : { kind: 'copy', copyForm: 'SAO Y', agencyName: 'UBND xã Tân Phú' },
      fonts,
      appVersion: 'fuzz',
      readText: readTextItems,
    });
    bytes = r.bytes;
  }
  return bytes;
}

const svg = (w: number, h: number) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="white"/><text x="10" y="40" font-size="30">So 12</text></svg>`,
  );

export const pngSeed = () => sharp(svg(120, 160)).png().toBuffer();
export const jpegSeed = () => sharp(svg(120, 160)).jpeg({ quality: 70 }).toBuffer();
export const tiffSeed = () => sharp(svg(120, 160)).tiff().toBuffer();
