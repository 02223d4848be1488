/**
 * Backups that restore (issue 17): a restore drill on a real data folder — register both ways with
 * stored PDFs, back up, restore into a new folder, audit verify, the book of the period byte-identical,
 * the next numbers continuing — and the failures: a folder removed mid-write, a read-only folder, a
 * wrong passphrase, a flipped byte, a truncated manifest, another agency's or a newer vanthu's backup.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src-main/core/clock';
import { writeBackup } from '../../src-main/features/backup/backup-writer';
import { readManifest } from '../../src-main/features/backup/backup-reader';
import type { BackupRunResult, BackupStatus, BackupSummary } from '../../src-shared/contracts/backup.contract';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, testApp, SAMPLE_AGENCY } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { agencyApp, err, incoming, makePdf, ok, outgoing, type TestApp } from './register-helpers';

const opened: TestApp[] = [];
afterEach(() => {
  for (const a of opened.splice(0)) a.close();
});

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const poolFile = (folder: string, sha256: string) => path.join(folder, 'files', sha256.slice(0, 2), sha256);
function dbChunks(dir: string): string[] {
  const { database } = readManifest(dir).manifest;
  if (!('chunks' in database)) throw new Error('a new backup keeps its database in chunks');
  return database.chunks;
}

async function filledApp(): Promise<{ app: TestApp; clock: ReturnType<typeof fixedClock> }> {
  const { app, clock } = await agencyApp('2026-03-02T02:00:00Z');
  opened.push(app);
  for (let i = 0; i < 6; i++) {
    const pdf = await makePdf(`Van ban den ${i}`);
    const file = await ok<{ sha256: string }>(app, 'files.importBytes', {
      fileName: `den-${i}.pdf`,
      dataBase64: Buffer.from(pdf).toString('base64'),
    });
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: `${10 + i}/QĐ-UBND`, FileSha256: file.sha256 }));
    await ok(app, 'register.addOutgoing', outgoing({ Subject: `Quyết định số ${i} về việc giao chỉ tiêu` }));
    clock.advance(86_400_000);
  }
  return { app, clock };
}

const printBook = async (app: TestApp, direction: 'den' | 'di') =>
  (await ok<{ File: { sha256: string } }>(app, 'books.print', { Direction: direction, From: '2026-03-01', To: '2026-03-31' })).File.sha256;

describe('restore drill', () => {
  it('backs up, restores into a new folder: audit verified, same books, numbers continue', async () => {
    const { app, clock } = await filledApp();
    const folder = tempDir('vanthu-bk-');
    const first = await ok<BackupRunResult>(app, 'backup.run', { to: folder });
    // Named in Vietnam time: 2026-03-08T02:00:00Z is 09:00 in Hà Nội.
    expect(first.name).toBe('vanthu-20260308-090000');
    expect(first.fileCount).toBeGreaterThanOrEqual(6);
    expect(first.copiedFiles).toBe(first.fileCount);
    await printBook(app, 'den');
    await printBook(app, 'di');

    // A second backup after one more file: only that file is copied (incremental pool).
    const pdf = await makePdf('Van ban moi');
    await ok(app, 'files.importBytes', { fileName: 'moi.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
    clock.advance(60_000);
    const second = await ok<BackupRunResult>(app, 'backup.run', { to: folder });
    // The two book PDFs printed above are stored files too.
    expect(second.copiedFiles).toBe(3);
    expect(second.fileCount).toBe(first.fileCount + 3);

    // Retention keeps the newest backup of each day: the first one of the day is gone.
    expect(second.removed).toEqual([first.name]);
    const list = await ok<{ items: BackupSummary[] }>(app, 'backup.list', { dir: folder });
    expect(list.items.map((b) => b.name)).toEqual([second.name]);
    expect(list.items[0]).toMatchObject({
      agency: { code: SAMPLE_AGENCY.code, name: SAMPLE_AGENCY.name },
      counts: [
        { direction: 'den', year: 2026, count: 6 },
        { direction: 'di', year: 2026, count: 6 },
      ],
      lastNumbers: expect.arrayContaining([{ direction: 'den', year: 2026, series: 'den', number: 6 }]),
    });
    expect((await ok<{ ok: boolean }>(app, 'backup.verify', { dir: second.dir })).ok).toBe(true);

    const into = path.join(tempDir('vanthu-restore-'), 'moi');
    const restored = await ok<{ into: string }>(app, 'backup.restore', { dir: second.dir, into });
    expect(restored.into).toBe(into);

    const copy = testApp({ dataDir: into, clock });
    opened.push(copy);
    expect(await ok(copy, 'audit.verify', {})).toMatchObject({ ok: true });
    // Books printing is deterministic for one register and one print time: same bytes from both folders.
    expect(await printBook(copy, 'den')).toBe(await printBook(app, 'den'));
    expect(await printBook(copy, 'di')).toBe(await printBook(app, 'di'));
    type Reg = { entry: { ArrivalNumber: number | null; CodeNumber: string | null } };
    const den = await ok<Reg>(copy, 'register.addIncoming', incoming({ SoKyHieu: '99/QĐ-UBND' }));
    expect(den.entry.ArrivalNumber).toBe(7);
    const di = await ok<Reg>(copy, 'register.addOutgoing', outgoing({ Subject: 'Quyết định tiếp theo' }));
    expect(di.entry.CodeNumber).toBe('07');
    // Every stored file is there, byte for byte.
    for (const f of readManifest(second.dir).manifest.files)
      expect(fs.readFileSync(path.join(into, f.path))).toEqual(fs.readFileSync(path.join(app.dataDirPath, f.path)));
  });

  it('encrypted: restores with the passphrase, refuses a wrong one, detects a flipped byte', async () => {
    const { app } = await filledApp();
    const folder = tempDir('vanthu-bk-enc-');
    const r = await ok<BackupRunResult>(app, 'backup.run', { to: folder, passphrase: 'mật khẩu dài đủ' });
    expect(r.encrypted).toBe(true);
    // Nothing readable: the database snapshot's first chunk does not hold the SQLite header.
    const { database } = readManifest(r.dir).manifest;
    if (!('chunks' in database)) throw new Error('a new backup keeps its database in chunks');
    const first = fs.readFileSync(path.join(folder, 'files-enc', database.chunks[0]!.slice(0, 2), database.chunks[0]!));
    expect(first.includes(Buffer.from('SQLite format 3'))).toBe(false);

    const wrong = await err(app, 'backup.restore', { dir: r.dir, into: path.join(tempDir('vanthu-r-'), 'x'), passphrase: 'sai mật khẩu' });
    expect(wrong.message).toMatch(/Sai mật khẩu sao lưu/);
    const none = await err(app, 'backup.verify', { dir: r.dir });
    expect(none.message).toMatch(/được mã hóa/);
    // A second encrypted backup into the same folder with another passphrase is refused before writing.
    expect((await err(app, 'backup.run', { to: folder, passphrase: 'mật khẩu khác hẳn' })).message).toMatch(/mật khẩu khác/);

    const into = path.join(tempDir('vanthu-r-'), 'ok');
    await ok(app, 'backup.restore', { dir: r.dir, into, passphrase: 'mật khẩu dài đủ' });
    const copy = testApp({ dataDir: into });
    opened.push(copy);
    expect(await ok(copy, 'audit.verify', {})).toMatchObject({ ok: true });

    // Flip one byte of a pool file: verify names it, restore refuses and leaves no folder.
    const victim = readManifest(r.dir).manifest.files[0]!;
    const poolFile = path.join(folder, 'files-enc', victim.sha256.slice(0, 2), victim.sha256);
    const bytes = fs.readFileSync(poolFile);
    bytes[bytes.length - 40]! ^= 0x01;
    fs.writeFileSync(poolFile, bytes);
    const v = await ok<{ ok: boolean; problems: string[] }>(app, 'backup.verify', { dir: r.dir, passphrase: 'mật khẩu dài đủ' });
    expect(v.ok).toBe(false);
    expect(v.problems.join('\n')).toMatch(/bị hỏng hoặc bị sửa đổi/);
    const target = path.join(tempDir('vanthu-r-'), 'hong');
    expect((await err(app, 'backup.restore', { dir: r.dir, into: target, passphrase: 'mật khẩu dài đủ' })).message).toMatch(
      /bị hỏng hoặc bị sửa đổi/,
    );
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });
});

describe('database chunks (incremental)', () => {
  it('the next backup writes only the chunks that changed; a snapshot taken while a reader blocks the checkpoint still restores', async () => {
    const { app, clock } = await agencyApp('2026-03-02T02:00:00Z');
    opened.push(app);
    // About 8 MB of pages the day's work does not touch.
    const side = new Database(path.join(app.dataDirPath, 'vanthu.db'));
    side.exec('CREATE TABLE bench_filler (x BLOB)');
    side
      .prepare(
        'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO bench_filler SELECT randomblob(4000) FROM n',
      )
      .run();
    const folder = tempDir('vanthu-bk-chunks-');
    const first = await ok<BackupRunResult>(app, 'backup.run', { to: folder });
    const size = readManifest(first.dir).manifest.database.size;
    expect(size).toBeGreaterThan(8_000_000);
    expect(first.databaseBytesWritten).toBe(size);

    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '1/QĐ-UBND' }));
    clock.advance(86_400_000);
    const second = await ok<BackupRunResult>(app, 'backup.run', { to: folder });
    expect(second.databaseBytesWritten).toBeGreaterThan(0);
    expect(second.databaseBytesWritten).toBeLessThan(size / 2);

    // A reader that began before a write keeps the WAL from being emptied: the writer falls back to
    // SQLite's online backup, and the result is a backup like any other.
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '2/QĐ-UBND' }));
    side.exec('BEGIN');
    side.prepare('SELECT count(*) FROM bench_filler').get();
    await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '3/QĐ-UBND' }));
    clock.advance(60_000);
    const third = await writeBackup(
      { dataDir: app.dataDirPath, folder, vanthuVersion: '0.0.0', now: clock.now().toISOString() },
      () => undefined,
    );
    side.exec('COMMIT');
    side.close();
    expect(third.snapshot).toBe('copy');
    expect(second.name).not.toBe(third.name);

    for (const [b, entries] of [
      [second, 1],
      [third, 3],
    ] as const) {
      expect((await ok<{ ok: boolean }>(app, 'backup.verify', { dir: b.dir })).ok).toBe(true);
      const into = path.join(tempDir('vanthu-restore-'), 'moi');
      await ok(app, 'backup.restore', { dir: b.dir, into });
      const copy = testApp({ dataDir: into, clock });
      opened.push(copy);
      expect(await ok(copy, 'audit.verify', {})).toMatchObject({ ok: true });
      expect((await ok<{ total: number }>(copy, 'register.list', { Direction: 'den', withTotal: true })).total).toBe(entries);
    }
  });
});

describe('backup folder chosen from a window', () => {
  it('main lists the drives it sees and saves one by id, or shows its own dialog; a typed path is still refused', async () => {
    const media = tempDir('vanthu-media-');
    const usb = path.join(media, 'USB-KINGSTON');
    fs.mkdirSync(usb);
    const picked = tempDir('vanthu-picked-');
    const app = createApp(
      { dataDir: tempDataDir('vanthu-pick-') },
      { logger: memoryLogger(), backupFolderRoots: () => [media], pickFolder: () => Promise.resolve(picked) },
    );
    try {
      const win = async (name: string, input: unknown) => app.router.call(name, input, { transport: 'http' });
      const list = await win('backup.folderChoices', {});
      if (!list.ok) throw new Error(list.error.message);
      const choices = list.value as { native: boolean; items: { id: string; path: string }[] };
      expect(choices.native).toBe(true);
      const item = choices.items.find((c) => c.path === usb);
      expect(item).toBeDefined();
      const chosen = await win('backup.chooseFolder', { id: item!.id });
      expect(chosen.ok && (chosen.value as { status: BackupStatus }).status.settings.folder).toBe(usb);
      const gone = await win('backup.chooseFolder', { id: 'khong-co' });
      expect(gone.ok || gone.error.message).toMatch(/không còn trong danh sách/);
      const dialog = await win('backup.chooseFolder', {});
      expect(dialog.ok && (dialog.value as { status: BackupStatus }).status.settings.folder).toBe(picked);
      const typed = await win('backup.saveSettings', { folder: usb });
      expect(typed.ok || typed.error.message).toMatch(/không được gửi đường dẫn tệp/);
    } finally {
      app.close();
    }
  });
});

describe('bad backups and bad folders', () => {
  it('a flipped byte in a plain database snapshot and a truncated manifest are refused', async () => {
    const { app } = await filledApp();
    const folder = tempDir('vanthu-bk-');
    const r = await ok<BackupRunResult>(app, 'backup.run', { to: folder });
    const db = poolFile(folder, dbChunks(r.dir)[0]!);
    const bytes = fs.readFileSync(db);
    bytes[5000]! ^= 0xff;
    fs.writeFileSync(db, bytes);
    const v = await ok<{ ok: boolean; problems: string[] }>(app, 'backup.verify', { dir: r.dir });
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toMatch(/cơ sở dữ liệu không khớp mã băm/);

    const manifest = path.join(r.dir, 'manifest.json');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').slice(0, 200));
    const e = await err(app, 'backup.restore', { dir: r.dir, into: path.join(tempDir('vanthu-r-'), 'x') });
    expect(e.message).toMatch(/bị hỏng hoặc bị cắt cụt/);
    const list = await ok<{ items: unknown[]; problems: { problem: string }[] }>(app, 'backup.list', { dir: folder });
    expect(list.items).toEqual([]);
    expect(list.problems[0]!.problem).toMatch(/bị cắt cụt/);
  });

  it('a folder removed mid-write leaves no backup that looks complete and the failure stays visible', async () => {
    const { app } = await filledApp();
    const parent = tempDir('vanthu-usb-');
    const folder = path.join(parent, 'usb');
    fs.mkdirSync(folder);
    await ok(app, 'backup.saveSettings', { folder });
    const good = await ok<BackupRunResult>(app, 'backup.run', {});

    // Pull the "USB drive" while the files are being copied (the writer's own progress hook).
    const pulled = path.join(parent, 'usb-pulled');
    const e = await writeBackup({ dataDir: app.dataDirPath, folder, vanthuVersion: '0.0.0', now: new Date().toISOString() }, (done) => {
      if (done >= 300 && fs.existsSync(folder)) {
        fs.renameSync(folder, pulled);
      }
    }).catch((x: Error) => x);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(/không còn truy cập được|thất bại/);
    // The drive "comes back": the previous backup is intact, the broken one is not listed.
    fs.renameSync(pulled, folder);
    const list = await ok<{ items: BackupSummary[] }>(app, 'backup.list', {});
    expect(list.items.map((b) => b.name)).toEqual([good.name]);
    expect((await ok<{ ok: boolean }>(app, 'backup.verify', { name: good.name })).ok).toBe(true);

    // Through the service: the folder is gone, the failure is recorded and stays until a good backup.
    fs.rmSync(folder, { recursive: true });
    const failed = await err(app, 'backup.run', {});
    expect(failed.message).toMatch(/không còn truy cập được/);
    let status = await ok<BackupStatus>(app, 'backup.status', {});
    expect(status.lastFailure?.message).toMatch(/không còn truy cập được/);
    expect(status.lastGood?.name).toBe(good.name);
    fs.mkdirSync(folder);
    await ok(app, 'backup.run', {});
    status = await ok<BackupStatus>(app, 'backup.status', {});
    expect(status.lastFailure).toBeNull();
    expect(status.stale).toBe(false);
  });

  it('a read-only folder fails with a clear message', async (ctx) => {
    const { app } = await filledApp();
    const folder = tempDir('vanthu-ro-');
    // root ignores permission bits: an immutable folder (chattr +i) refuses even root.
    const root = process.getuid?.() === 0;
    const lock = (on: boolean) =>
      root ? spawnSync('chattr', [on ? '+i' : '-i', folder]).status === 0 : (fs.chmodSync(folder, on ? 0o555 : 0o755), true);
    if (!lock(true)) ctx.skip('running as root on a filesystem without chattr +i: no way to make a folder read-only for root');
    try {
      expect((await err(app, 'backup.run', { to: folder })).message).toMatch(/chỉ đọc hoặc không có quyền ghi/);
    } finally {
      lock(false);
    }
  });

  it('another agency needs confirmation; a newer vanthu is refused; the current folder is never a target', async () => {
    const { app } = await filledApp();
    const folder = tempDir('vanthu-bk-');
    const r = await ok<BackupRunResult>(app, 'backup.run', { to: folder });

    const other = testApp({ dataDir: tempDataDir('vanthu-other-') });
    opened.push(other);
    await ok(other, 'agency.saveProfile', { ...SAMPLE_AGENCY, code: '000.00.25.H44', name: 'Ủy ban nhân dân xã Khác' });
    const into = path.join(tempDir('vanthu-r-'), 'x');
    const warn = await err(other, 'backup.restore', { dir: r.dir, into });
    expect(warn.kind).toBe('Conflict');
    expect(warn.message).toMatch(/cơ quan khác/);
    expect(warn.details).toMatchObject({ otherAgency: true });
    await ok(other, 'backup.restore', { dir: r.dir, into, acceptOtherAgency: true });

    expect((await err(app, 'backup.restore', { dir: r.dir, into: app.dataDirPath })).message).toMatch(/thư mục dữ liệu đang dùng/);

    const manifestFile = path.join(r.dir, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { vanthuVersion: string; schemaVersion: number };
    fs.writeFileSync(manifestFile, JSON.stringify({ ...m, vanthuVersion: '99.0.0', schemaVersion: m.schemaVersion + 5 }));
    const newer = await err(app, 'backup.restore', { dir: r.dir, into: path.join(tempDir('vanthu-r-'), 'y') });
    expect(newer.message).toMatch(/mới hơn phiên bản này/);
  });

  it('retention keeps the newest of the last N days and sweeps files no kept backup needs', async () => {
    const { app, clock } = await filledApp();
    const folder = tempDir('vanthu-bk-');
    await ok(app, 'backup.saveSettings', { folder, keepDaily: 2, keepMonthly: 0 });
    const names: string[] = [];
    for (let day = 0; day < 4; day++) {
      if (day === 1) {
        const pdf = await makePdf('Chi trong ngay 2');
        await ok(app, 'files.importBytes', { fileName: 'x.pdf', dataBase64: Buffer.from(pdf).toString('base64') });
      }
      names.push((await ok<BackupRunResult>(app, 'backup.run', {})).name);
      clock.advance(86_400_000);
    }
    const list = await ok<{ items: BackupSummary[] }>(app, 'backup.list', {});
    expect(list.items.map((b) => b.name)).toEqual([names[3], names[2]]);
    for (const b of list.items) expect((await ok<{ ok: boolean }>(app, 'backup.verify', { dir: b.dir })).ok).toBe(true);
    const pooled = fs
      .readdirSync(path.join(folder, 'files'))
      .filter((d) => d !== 'tmp')
      .flatMap((d) => fs.readdirSync(path.join(folder, 'files', d)));
    // The pool holds exactly what the kept backups refer to: their files and their database chunks.
    const wanted = list.items.flatMap((b) => [...readManifest(b.dir).manifest.files.map((f) => f.sha256), ...dbChunks(b.dir)]);
    expect(new Set(pooled)).toEqual(new Set(wanted));
  });
});

describe('purge (quản trị)', () => {
  it('removes a file and its text from the store, the search index and later backups; the tombstone and the number stay', async () => {
    const { app } = await agencyApp('2026-03-02T02:00:00Z');
    opened.push(app);
    const pdf = await makePdf('Tai lieu mat nhap nham zebrawidget');
    const file = await ok<{ sha256: string }>(app, 'files.importBytes', {
      fileName: 'mat.pdf',
      dataBase64: Buffer.from(pdf).toString('base64'),
    });
    const reg = await ok<{ entry: { id: string; ArrivalNumber: number } }>(
      app,
      'register.addIncoming',
      incoming({ SoKyHieu: '5/QĐ-UBND', FileSha256: file.sha256 }),
    );
    const found = async () => (await ok<{ items: { id: string }[] }>(app, 'register.search', { q: 'zebrawidget' })).items.map((e) => e.id);
    expect(await found()).toEqual([reg.entry.id]);

    // From a window only for a signed-in administrator: with no accounts there is nobody to check.
    const slot: { id: string | null } = { id: null };
    const win = (name: string, input: unknown) => app.router.call(name, input, { transport: 'http', session: slot });
    const refused = await win('files.purge', { sha256: file.sha256, reason: 'Nhập nhầm tài liệu mật' });
    expect(refused.ok || refused.error).toMatchObject({ kind: 'Forbidden', message: expect.stringMatching(/tài khoản quản trị/) });
    expect((await err(app, 'files.purge', { sha256: file.sha256, reason: 'x' })).kind).toBe('Validation');

    // The administrator signs in and purges from Cài đặt › Sao lưu.
    expect((await win('accounts.createFirstAdmin', { username: 'admin', fullName: 'Phạm Quản Trị', password: 'Quản-trị-2026!' })).ok).toBe(
      true,
    );
    const r = await win('files.purge', { sha256: file.sha256, reason: 'Nhập nhầm tài liệu mật' });
    if (!r.ok) throw new Error(r.error.message);
    const purged = r.value as { entryIds: string[]; purgedBy: string };
    expect(purged.purgedBy).toMatch(/admin/);
    expect(purged.entryIds).toEqual([reg.entry.id]);
    expect(fs.existsSync(path.join(app.dataDirPath, 'files', file.sha256.slice(0, 2), file.sha256))).toBe(false);
    expect(await found()).toEqual([]);
    expect(await ok(app, 'files.info', { sha256: file.sha256 })).toMatchObject({ textChars: 0 });
    expect((await err(app, 'files.purge', { sha256: file.sha256, reason: 'Nhập nhầm lần hai' })).message).toMatch(/đã bị xóa khỏi kho/);
    expect(await ok(app, 'audit.verify', {})).toMatchObject({ ok: true });

    // The entry keeps its number; the next one continues after it.
    const next = await ok<{ entry: { ArrivalNumber: number } }>(app, 'register.addIncoming', incoming({ SoKyHieu: '6/QĐ-UBND' }));
    expect(next.entry.ArrivalNumber).toBe(reg.entry.ArrivalNumber + 1);

    // A later backup holds neither the bytes nor the text.
    const folder = tempDir('vanthu-bk-purge-');
    const b = await ok<BackupRunResult>(app, 'backup.run', { to: folder });
    expect(readManifest(b.dir).manifest.files.map((f) => f.sha256)).not.toContain(file.sha256);
    const snapshot = Buffer.concat(dbChunks(b.dir).map((c) => fs.readFileSync(poolFile(folder, c))));
    expect(snapshot.subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(snapshot.includes(Buffer.from('zebrawidget'))).toBe(false);
  });
});
