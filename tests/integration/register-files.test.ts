import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredFile } from '../../src-shared/contracts/files.contract';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { sha256Of } from '../../src-main/features/files/file-store';
import { needTools } from '../support/tools';
import { agencyApp, err, incoming, makePdf, nextArrivalNumber, ok, storedFiles, writePdf } from './register-helpers';

const qpdf = needTools('qpdf');

describe('register: PDF files in the content-addressed store', () => {
  it('stores a PDF once under its sha256, with page count and text layer', async () => {
    const { app } = await agencyApp();
    const file = await writePdf(app.dataDirPath, 'a.pdf', 'Cong van ve viec hop giao ban', 3);
    const bytes = fs.readFileSync(file);
    const a = await ok<StoredFile>(app, 'files.import', { path: file });
    expect(a).toMatchObject({
      sha256: sha256Of(bytes),
      size: bytes.length,
      pageCount: 3,
      created: true,
      originalName: 'a.pdf',
      mediaType: 'application/pdf',
    });
    expect(a.textChars).toBeGreaterThan(20);
    const stored = path.join(app.dataDirPath, 'files', a.sha256.slice(0, 2), a.sha256);
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    const again = await ok<StoredFile>(app, 'files.import', { path: file });
    expect(again).toMatchObject({ sha256: a.sha256, created: false });
    const viaBytes = await ok<StoredFile>(app, 'files.importBytes', { fileName: 'x.pdf', dataBase64: bytes.toString('base64') });
    expect(viaBytes).toMatchObject({ sha256: a.sha256, created: false });
    expect(storedFiles(app.dataDirPath)).toEqual([a.sha256]);
    expect(await ok(app, 'files.info', { sha256: a.sha256 })).toMatchObject({ pageCount: 3 });
    app.close();
  });

  it('registers with the file, fills PageAmount from it, and warns on the same PDF twice', async () => {
    const { app } = await agencyApp();
    const file = await writePdf(app.dataDirPath, 'a.pdf', 'Giay moi hop', 2);
    const f = await ok<StoredFile>(app, 'files.import', { path: file });
    const r = await ok<{ entry: RegisterEntry }>(app, 'register.addIncoming', incoming({ FileSha256: f.sha256 }));
    expect(r.entry.File).toEqual({ sha256: f.sha256, size: f.size, pageCount: 2, mediaType: 'application/pdf' });
    expect(r.entry.PageAmount).toBe(2);
    const before = await nextArrivalNumber(app);
    const dup = await err(app, 'register.addIncoming', incoming({ SoKyHieu: '77/GM-UBND', FileSha256: f.sha256 }));
    expect(dup.kind).toBe('Duplicate');
    expect((dup.details?.matches as { reasons: string[] }[])[0]!.reasons).toEqual(['File']);
    expect(await nextArrivalNumber(app)).toBe(before);
    const unknown = await err(app, 'register.addIncoming', incoming({ FileSha256: 'a'.repeat(64) }));
    expect(unknown).toMatchObject({ kind: 'Validation', details: { field: 'FileSha256' } });
    expect(await nextArrivalNumber(app)).toBe(before);
    app.close();
  });

  it('refuses a file that is not a PDF, is truncated, empty or missing — naming it, storing nothing', async () => {
    const { app } = await agencyApp();
    const dir = app.dataDirPath;
    const good = await makePdf('Bao cao tong ket');
    const cases: [string, Buffer | null, RegExp, string][] = [
      ['not.pdf', Buffer.from('Đây là văn bản Word, không phải PDF'), /không phải PDF/, 'not-pdf'],
      ['png.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /không phải PDF/, 'not-pdf'],
      ['cut.pdf', Buffer.from(good.subarray(0, Math.floor(good.length * 0.6))), /cắt cụt/, 'truncated'],
      ['empty.pdf', Buffer.alloc(0), /rỗng/, 'empty'],
      ['broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nxref garbage\n%%EOF\n'), /hỏng/, 'damaged'],
    ];
    for (const [name, bytes, message, reason] of cases) {
      fs.writeFileSync(path.join(dir, name), bytes!);
      const e = await err(app, 'files.import', { path: path.join(dir, name) });
      expect(e.kind, name).toBe('Validation');
      expect(e.message, name).toMatch(message);
      expect(e.details, name).toMatchObject({ field: 'file', reason });
    }
    const missing = await err(app, 'files.import', { path: path.join(dir, 'nope.pdf') });
    expect(missing).toMatchObject({ kind: 'Validation', details: { field: 'path' } });
    expect((await err(app, 'files.import', { path: dir })).kind).toBe('Validation');
    expect(storedFiles(dir)).toEqual([]);
    app.close();
  });

  it.skipIf(qpdf.skip)(qpdf.title('refuses encrypted PDFs: with a user password, and owner-restricted'), async () => {
    const { app } = await agencyApp();
    const dir = app.dataDirPath;
    const plain = await writePdf(dir, 'plain.pdf', 'Quyet dinh mat khau');
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, path.join(dir, 'user.pdf')]);
    execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--print=none', '--', plain, path.join(dir, 'owner.pdf')]);
    for (const name of ['user.pdf', 'owner.pdf']) {
      const e = await err(app, 'files.import', { path: path.join(dir, name) });
      expect(e.message, name).toMatch(/mật khẩu|mã hóa/);
      expect(e.details, name).toMatchObject({ field: 'file', reason: 'encrypted' });
    }
    expect(storedFiles(dir)).toEqual([]);
    app.close();
  });
});
