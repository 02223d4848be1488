import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src-main/app/create-app';
import { dataLayout } from '../../src-main/core/data-paths';
import { acquireInstanceLock } from '../../src-main/core/instance-lock';
import { shippedDir } from '../../src-main/core/shipped-paths';
import { loadMigrations, migrate } from '../../src-main/db/migrate';
import { openDatabase } from '../../src-main/db/open';
import { AppError } from '../../src-shared/rpc/errors';
import { tempDataDir } from '../support/browser-mode';
import { memoryLogger, SAMPLE_AGENCY, testApp } from '../support/app-harness';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('database at start', () => {
  it('migrates a new folder to the shipped schema and keeps data across restarts', async () => {
    const dir = tempDataDir();
    const first = testApp({ dataDir: dir });
    await first.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
    first.close();
    const again = testApp({ dataDir: dir });
    const info = await again.router.call('app.info', {}, { transport: 'direct' });
    again.close();
    expect(info.ok && info.value).toMatchObject({ firstRun: false, schemaVersion: loadMigrations(shippedDir('migrations')).length });
    const db = new Database(dataLayout(dir).database, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a database written by a newer vanthu, and leaves it untouched', () => {
    const dir = tempDataDir();
    testApp({ dataDir: dir }).close();
    const file = dataLayout(dir).database;
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(file);
    const err = appError(() => createApp({ dataDir: dir }, { logger: memoryLogger() }));
    expect(err.kind).toBe('Conflict');
    expect(err.message).toContain('phiên bản vanthu mới hơn');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a corrupt database file with a clear message and does not overwrite it', () => {
    const dir = tempDataDir();
    const file = dataLayout(dir).database;
    const garbage = Buffer.from('this is not an sqlite database, it is a scanned letter '.repeat(200));
    fs.writeFileSync(file, garbage);
    const err = appError(() => createApp({ dataDir: dir }, { logger: memoryLogger() }));
    expect(err.message).toMatch(/bị hỏng hoặc không phải cơ sở dữ liệu vanthu/);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('moves the locked volumes of the three books into one table, keeping their entries and amendments', () => {
    const all = loadMigrations(shippedDir('migrations'));
    const at = all.findIndex((m) => m.tag.endsWith('_locked_volume'));
    expect(at).toBeGreaterThan(0);
    const opened = openDatabase(path.join(tempDataDir(), 'old.db'));
    const db = opened.sqlite;
    migrate(db, all.slice(0, at));
    const cols =
      'paper, page_count, snapshot, snapshot_sha256, pdf_sha256, pdf_size, font_name, font_sha256, layout_version, locked_at, locked_by';
    const vals = "'a4', 3, '{}', 'ss', 'ps', 10, 'F', 'fs', 1, '2026-04-06T09:00:00+07:00', 'vt'";
    db.exec(`INSERT INTO book_volume (id, direction, year, volume_no, series, date_from, date_to, entry_count, amendment_rows, ${cols})
             VALUES ('r1', 'di', 2026, 1, 'hanh-chinh', '2026-01-01', '2026-03-31', 2, 1, ${vals})`);
    db.exec(`INSERT INTO follow_up_volume (id, year, volume_no, date_from, date_to, entry_count, ${cols})
             VALUES ('f1', 2026, 1, '2026-01-01', '2026-01-31', 4, ${vals})`);
    db.exec(`INSERT INTO post_volume (id, year, volume_no, date_from, date_to, entry_count, ${cols})
             VALUES ('p1', 2026, 1, '2026-02-01', '2026-02-28', 5, ${vals})`);
    db.exec("INSERT INTO book_volume_entry (volume_id, entry_id, number, row_sha256) VALUES ('r1', 'e1', 1, 'h1')");
    db.exec(`INSERT INTO book_amendment (id, entry_id, volume_id, kind, changes, row_sha256, detected_at, reported_in)
             VALUES ('a1', 'e1', 'r1', 'correction', '{}', 'h2', '2026-04-07', NULL)`);

    migrate(db, all);
    const rows = db
      .prepare('SELECT id, book, direction, volume_no, series, entry_count, amendment_rows FROM locked_volume ORDER BY id')
      .all();
    expect(rows).toEqual([
      { id: 'f1', book: 'theo-doi', direction: 'den', volume_no: 1, series: null, entry_count: 4, amendment_rows: 0 },
      { id: 'p1', book: 'buu-dien', direction: 'di', volume_no: 1, series: null, entry_count: 5, amendment_rows: 0 },
      { id: 'r1', book: 'register', direction: 'di', volume_no: 1, series: 'hanh-chinh', entry_count: 2, amendment_rows: 1 },
    ]);
    expect(db.prepare('SELECT volume_id, entry_id FROM book_volume_entry').all()).toEqual([{ volume_id: 'r1', entry_id: 'e1' }]);
    expect(db.prepare('SELECT id, volume_id FROM book_amendment').all()).toEqual([{ id: 'a1', volume_id: 'r1' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const old = db.prepare("SELECT name FROM sqlite_master WHERE name IN ('book_volume', 'follow_up_volume', 'post_volume')").all();
    expect(old).toEqual([]);
    expect(() => db.exec("UPDATE locked_volume SET entry_count = 9 WHERE id = 'p1'")).toThrow(/never updated/);
    expect(() => db.exec("DELETE FROM locked_volume WHERE id = 'p1'")).toThrow(/never deleted/);
    opened.close();
  });

  it('applies migrations in one transaction: a failing one leaves no table behind', () => {
    const migrations = path.join(tempDataDir('mig-'), 'migrations');
    fs.mkdirSync(path.join(migrations, 'meta'), { recursive: true });
    fs.writeFileSync(
      path.join(migrations, 'meta', '_journal.json'),
      JSON.stringify({
        entries: [
          { idx: 0, tag: '0000_a', breakpoints: true },
          { idx: 1, tag: '0001_b', breakpoints: true },
        ],
      }),
    );
    fs.writeFileSync(path.join(migrations, '0000_a.sql'), 'CREATE TABLE a (x INTEGER);');
    fs.writeFileSync(
      path.join(migrations, '0001_b.sql'),
      'CREATE TABLE b (y INTEGER);\n--> statement-breakpoint\nINSERT INTO missing VALUES (1);',
    );
    const dir = tempDataDir();
    const opened = openDatabase(path.join(dir, 'x.db'));
    const err = appError(() => migrate(opened.sqlite, loadMigrations(migrations)));
    expect(err.message).toContain('không có thay đổi nào được ghi');
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name IN ('a','b')").all();
    expect(tables).toEqual([]);
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(0);
    opened.close();
  });
});

describe('data folder', () => {
  it('an unwritable data folder is refused before anything is created', () => {
    const file = path.join(tempDataDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    const err = appError(() => createApp({ dataDir: path.join(file, 'data') }, { logger: memoryLogger() }));
    expect(err.kind).toBe('Validation');
    expect(err.message).toContain('Không ghi được vào thư mục dữ liệu');
  });

  it('a second interactive instance on the same folder is refused; a crashed one is taken over', () => {
    const dir = tempDataDir();
    const lockPath = dataLayout(dir).lock;
    const lock = acquireInstanceLock(lockPath, 'test');
    // Pretend another live process holds it: the parent of this test process.
    fs.writeFileSync(lockPath, JSON.stringify({ pid: process.ppid, owner: 'Electron' }));
    const err = appError(() => acquireInstanceLock(lockPath, 'second'));
    expect(err.kind).toBe('Conflict');
    expect(err.message).toContain('đang được một phiên vanthu khác sử dụng');
    // A lock whose process is gone (pid far beyond pid_max) is stale.
    fs.writeFileSync(lockPath, JSON.stringify({ pid: 2 ** 30, owner: 'Electron' }));
    const taken = acquireInstanceLock(lockPath, 'third');
    taken.release();
    lock.release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });
});
