/**
 * The next day's backup hashes only the database chunks the change record names (issue 17), and
 * hashes everything whenever the record cannot prove which chunks changed. Every incremental
 * backup here is compared with a backup of the same snapshot that hashed every chunk: the chunk
 * lists must be identical; and the incremental one restores.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openChangeRecord, recordPath } from '../../src-main/db/wal-changes';
import { readManifest } from '../../src-main/features/backup/backup-reader';
import { writeBackup, type BackupWriteResult } from '../../src-main/features/backup/backup-writer';
import { testApp } from '../support/app-harness';
import { agencyApp, incoming, ok, type TestApp } from './register-helpers';

const opened: TestApp[] = [];
afterEach(() => {
  for (const a of opened.splice(0)) a.close();
});

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

function chunksOf(dir: string): string[] {
  const { database } = readManifest(dir).manifest;
  if (!('chunks' in database)) throw new Error('chunked database expected');
  return database.chunks;
}

let seq = 0;
let passphrase: string | undefined;
async function backup(dataDir: string, folder: string, hashAll = false): Promise<BackupWriteResult> {
  // Distinct names without waiting: each backup one minute after the last.
  const now = new Date(Date.UTC(2026, 2, 10, 2, seq++)).toISOString();
  return writeBackup({ dataDir, folder, vanthuVersion: '0.0.0', now, passphrase, ...(hashAll ? { hashAll: true } : {}) }, () => undefined);
}

/**
 * A backup, then one of the same snapshot (nothing writes in between) that hashes every chunk, in
 * the same folder (the record then counts from that one, with the same chunk list).
 */
async function backupAndCheck(dataDir: string, folder: string): Promise<BackupWriteResult> {
  const r = await backup(dataDir, folder);
  const full = await backup(dataDir, folder, true);
  expect(full.databaseChunksRead).toBe(full.databaseChunks);
  expect(chunksOf(r.dir)).toEqual(chunksOf(full.dir));
  return r;
}

/** An app with ~20 MB of pages the day's work does not touch, and a first (full) backup in `folder`. */
async function preparedApp(folder: string): Promise<TestApp> {
  const { app } = await agencyApp('2026-03-02T02:00:00Z');
  opened.push(app);
  const side = new Database(path.join(app.dataDirPath, 'vanthu.db'));
  side.exec('CREATE TABLE bench_filler (x BLOB)');
  side
    .prepare(
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO bench_filler SELECT randomblob(4000) FROM n',
    )
    .run();
  side.close();
  const first = await backup(app.dataDirPath, folder);
  // The filler came through a foreign connection (its own checkpoints): the first backup reads everything.
  expect(first.fullHashWhy).not.toBeNull();
  expect(first.databaseChunksRead).toBe(first.databaseChunks);
  expect(first.databaseChunks).toBeGreaterThan(20);
  return app;
}

async function register(app: TestApp, from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i++) await ok(app, 'register.addIncoming', incoming({ SoKyHieu: `${i}/QĐ-UBND` }));
}

async function restoredCount(app: TestApp, dir: string): Promise<number> {
  const into = path.join(tempDir('vanthu-restore-'), 'moi');
  await ok(app, 'backup.restore', { dir, into });
  const copy = testApp({ dataDir: into });
  opened.push(copy);
  return (await ok<{ total: number }>(copy, 'register.list', { Direction: 'den', withTotal: true })).total;
}

describe('change record: incremental database hashing', () => {
  it('after app writes and app checkpoints, only the changed chunks are read, and the chunk list is the full hash’s', async () => {
    const folder = tempDir('vanthu-bk-incr-');
    const app = await preparedApp(folder);

    await register(app, 1, 3);
    expect(app.checkpoint()).toBe(true);
    expect(fs.statSync(`${path.join(app.dataDirPath, 'vanthu.db')}-wal`).size).toBeGreaterThan(0);
    await register(app, 4, 2);
    const second = await backupAndCheck(app.dataDirPath, folder);
    expect(second.fullHashWhy).toBeNull();
    expect(second.databaseChunksRead).toBeGreaterThan(0);
    expect(second.databaseChunksRead).toBeLessThan(second.databaseChunks / 2);

    // Closed and opened again (the close checkpoints through the record; SQLite's own last-close
    // checkpoint then has nothing left to write), then more work and the next day's backup.
    app.close();
    opened.splice(opened.indexOf(app), 1);
    const again = testApp({ dataDir: app.dataDirPath });
    opened.push(again);
    await register(again, 6, 2);
    const third = await backupAndCheck(again.dataDirPath, folder);
    expect(third.fullHashWhy).toBeNull();
    expect(third.databaseChunksRead).toBeLessThan(third.databaseChunks / 2);
    expect(await restoredCount(again, third.dir)).toBe(7);

    // Another folder does not hold the base the record counts from: everything is read.
    const elsewhere = await backup(again.dataDirPath, tempDir('vanthu-bk-other-'));
    expect(elsewhere.fullHashWhy).toMatch(/not in this folder/);
    expect(elsewhere.databaseChunksRead).toBe(elsewhere.databaseChunks);
  });

  it('encrypted: the base manifest is checked by its MAC, and the chunk list is the full hash’s', async () => {
    passphrase = 'mật khẩu sao lưu';
    try {
      const folder = tempDir('vanthu-bk-enc-');
      const app = await preparedApp(folder);
      await register(app, 1, 2);
      const r = await backupAndCheck(app.dataDirPath, folder);
      expect(r.encrypted).toBe(true);
      expect(r.fullHashWhy).toBeNull();
      expect(r.databaseChunksRead).toBeLessThan(r.databaseChunks / 2);
      // A manifest whose MAC no longer matches is not a base to trust.
      const base = path.join(
        folder,
        fs
          .readdirSync(folder)
          .filter((n) => n.startsWith('vanthu-'))
          .sort()
          .at(-1)!,
        'manifest.mac',
      );
      fs.writeFileSync(base, '00'.repeat(32));
      await register(app, 3, 1);
      const t = await backup(app.dataDirPath, folder);
      expect(t.fullHashWhy).toMatch(/MAC/);
      expect(t.databaseChunksRead).toBe(t.databaseChunks);
    } finally {
      passphrase = undefined;
    }
  });

  it('a foreign connection that checkpoints and resets the WAL between two backups forces the full path', async () => {
    const folder = tempDir('vanthu-bk-foreign-');
    const app = await preparedApp(folder);
    await register(app, 1, 2);
    const file = path.join(app.dataDirPath, 'vanthu.db');
    const walBefore = fs.readFileSync(`${file}-wal`).subarray(0, 32);

    // Plain better-sqlite3: autocheckpoint at 1000 pages, then the next write restarts the WAL.
    const side = new Database(file);
    side
      .prepare(
        'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) UPDATE bench_filler SET x = randomblob(4000) WHERE rowid IN (SELECT i * 3 FROM n)',
      )
      .run();
    side.prepare('INSERT INTO bench_filler VALUES (randomblob(100))').run();
    side.close();
    // The WAL's header changed: a new generation the app never read.
    expect(fs.readFileSync(`${file}-wal`).subarray(0, 32).equals(walBefore)).toBe(false);

    await register(app, 3, 1);
    const r = await backupAndCheck(app.dataDirPath, folder);
    expect(r.fullHashWhy).toMatch(/another connection/);
    expect(r.databaseChunksRead).toBe(r.databaseChunks);
    // And the record is good again for the next day.
    await register(app, 4, 1);
    const next = await backupAndCheck(app.dataDirPath, folder);
    expect(next.fullHashWhy).toBeNull();
    expect(await restoredCount(app, next.dir)).toBe(4);
  });

  it('a program that writes while the app is closed (its last close checkpoints and deletes the WAL) forces the full path', async () => {
    const folder = tempDir('vanthu-bk-shell-');
    const app = await preparedApp(folder);
    await register(app, 1, 1);
    app.close();
    opened.splice(opened.indexOf(app), 1);
    const file = path.join(app.dataDirPath, 'vanthu.db');
    const shell = new Database(file);
    shell.prepare('UPDATE bench_filler SET x = randomblob(4000) WHERE rowid = 4000').run();
    shell.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const r = await backupAndCheck(app.dataDirPath, folder);
    expect(r.fullHashWhy).toMatch(/database file changed/);
    expect(r.databaseChunksRead).toBe(r.databaseChunks);
  });

  it('a foreign write whose frames are still in the WAL is read like the app’s own', async () => {
    const folder = tempDir('vanthu-bk-foreign2-');
    const app = await preparedApp(folder);
    const side = new Database(path.join(app.dataDirPath, 'vanthu.db'));
    side.pragma('wal_autocheckpoint = 0');
    side.prepare('UPDATE bench_filler SET x = randomblob(4000) WHERE rowid IN (10, 2500, 4990)').run();
    side.close();
    const r = await backupAndCheck(app.dataDirPath, folder);
    expect(r.fullHashWhy).toBeNull();
    expect(r.databaseChunksRead).toBeGreaterThanOrEqual(3);
  });

  it('a deleted or damaged record forces the full path', async () => {
    const folder = tempDir('vanthu-bk-record-');
    const app = await preparedApp(folder);
    const record = recordPath(path.join(app.dataDirPath, 'vanthu.db'));

    await register(app, 1, 1);
    fs.rmSync(record);
    const a = await backupAndCheck(app.dataDirPath, folder);
    expect(a.fullHashWhy).toMatch(/no record/);
    expect(a.databaseChunksRead).toBe(a.databaseChunks);

    await register(app, 2, 1);
    fs.writeFileSync(record, 'không phải SQLite '.repeat(400));
    const b = await backupAndCheck(app.dataDirPath, folder);
    expect(b.fullHashWhy).not.toBeNull();
    expect(b.databaseChunksRead).toBe(b.databaseChunks);

    await register(app, 3, 1);
    const rec = new Database(record);
    rec.prepare('UPDATE record SET state = \'{"v":1,"chunks":"tất cả"}\'').run();
    rec.close();
    const c = await backupAndCheck(app.dataDirPath, folder);
    expect(c.fullHashWhy).toMatch(/unreadable/);
    expect(c.databaseChunksRead).toBe(c.databaseChunks);

    // Afterwards the record counts again.
    await register(app, 4, 1);
    const d = await backupAndCheck(app.dataDirPath, folder);
    expect(d.fullHashWhy).toBeNull();
    expect(d.databaseChunksRead).toBeLessThan(d.databaseChunks);
  });

  it('every 30th backup from the record hashes every chunk anyway', async () => {
    const folder = tempDir('vanthu-bk-30th-');
    const app = await preparedApp(folder);
    await register(app, 1, 1);
    expect((await backup(app.dataDirPath, folder)).fullHashWhy).toBeNull();
    const rec = new Database(recordPath(path.join(app.dataDirPath, 'vanthu.db')));
    expect(rec.prepare("SELECT json_extract(state, '$.sinceFull') FROM record").pluck().get()).toBe(1);
    rec.prepare("UPDATE record SET state = json_set(state, '$.sinceFull', 29)").run();
    rec.close();
    await register(app, 2, 1);
    const r = await backup(app.dataDirPath, folder);
    expect(r.fullHashWhy).toMatch(/every 30th/);
    expect(r.databaseChunksRead).toBe(r.databaseChunks);
  });

  it('an app checkpoint while a backup holds the record waits for the next turn, and the next backup is still exact', async () => {
    const folder = tempDir('vanthu-bk-locked-');
    const app = await preparedApp(folder);
    await register(app, 1, 2);
    const held = openChangeRecord(path.join(app.dataDirPath, 'vanthu.db'), 0)!;
    const wal = fs.statSync(path.join(app.dataDirPath, 'vanthu.db-wal')).size;
    expect(app.checkpoint()).toBe(false);
    held.release();
    expect(app.checkpoint()).toBe(true);
    expect(wal).toBeGreaterThan(0);
    const r = await backupAndCheck(app.dataDirPath, folder);
    expect(r.fullHashWhy).toBeNull();
  });

  it('a process killed mid-day leaves its WAL: the next backup reads it and is correct', async () => {
    const folder = tempDir('vanthu-bk-killed-');
    const app = await preparedApp(folder);
    await register(app, 1, 2);
    app.close();
    opened.splice(opened.indexOf(app), 1);

    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'backup-changes.child.ts'), app.dataDirPath, '3'], {
      encoding: 'utf8',
    });
    expect(child.signal).toBe('SIGKILL');
    expect(fs.statSync(path.join(app.dataDirPath, 'vanthu.db-wal')).size).toBeGreaterThan(0);

    const r = await backupAndCheck(app.dataDirPath, folder);
    expect(r.fullHashWhy).toBeNull();
    expect(r.databaseChunksRead).toBeLessThan(r.databaseChunks / 2);
    const reopened = testApp({ dataDir: app.dataDirPath });
    opened.push(reopened);
    expect(await restoredCount(reopened, r.dir)).toBe(5);
  });
});
