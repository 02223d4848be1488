/**
 * Backup benchmark (a script, not a timed test):
 *   BENCH_ENTRIES=20000 BENCH_FILES=500 npx tsx tests/bench/backup.bench.ts
 *   (the scale: BENCH_ENTRIES=1000000 BENCH_FILES=20000)
 * Builds a register of BENCH_ENTRIES rows (about 1.4 kB each, like a real register with its search
 * index) and BENCH_FILES stored files, then prints, in the same run:
 *   - vanthu's full backup (online backup + pool copy + fsync + read-back verification), each run in
 *     its own process so its peak RSS is its own;
 *   - the peer: `sqlite3 vanthu.db ".backup …"` plus `cp -r files` (no verification, no fsync);
 *   - the next day's incremental backup with 100 new files;
 *   - an encrypted full backup (AES-256-GCM).
 */
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src-main/app/create-app';
import { silentLogger } from '../../src-main/core/logger';
import { writeBackup } from '../../src-main/features/backup/backup-writer';
import { createFileStore } from '../../src-main/features/files/file-store';

if (process.argv[2] === 'child') {
  // One backup in this process: prints its time and this process's peak RSS.
  const [, , , dataDir, folder, pass] = process.argv;
  const t0 = performance.now();
  void writeBackup(
    { dataDir: dataDir!, folder: folder!, passphrase: pass || undefined, vanthuVersion: 'bench', now: new Date().toISOString() },
    () => undefined,
  ).then((r) => {
    process.stdout.write(
      JSON.stringify({
        ms: performance.now() - t0,
        rssMb: process.resourceUsage().maxRSS / 1024,
        copied: r.copiedFiles,
        dbMb: r.databaseBytesWritten / 1048576,
        snapshot: r.snapshot,
      }),
    );
  });
} else {
  main();
}

function main(): void {
  const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 20_000);
  const FILES = Number(process.env.BENCH_FILES ?? 500);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bkbench-'));
  const dataDir = path.join(root, 'data');
  const app = createApp({ dataDir }, { logger: silentLogger });
  app.close();

  const db = new Database(path.join(dataDir, 'vanthu.db'));
  db.pragma('journal_mode = WAL');
  // Filler rows straight into the register (the backup copies pages; their content does not matter).
  const pad = 'Về việc tổ chức kiểm tra, rà soát và báo cáo kết quả thực hiện công tác cải cách hành chính '.repeat(12);
  db.exec(`DROP TRIGGER IF EXISTS register_entry_ai; DROP TRIGGER IF EXISTS register_fts_ai;`);
  const t0 = performance.now();
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO register_entry (id, direction, year, series, number, medium, type_code, type_name, organ_name, organ_key, subject,
       urgency, reg_date, registered_at, registered_by)
     SELECT printf('%08d-0000-4000-8000-000000000000', i), CASE WHEN i % 2 THEN 'den' ELSE 'di' END, 2016 + (i % 11),
       CASE WHEN i % 2 THEN 'den' ELSE 'hanh-chinh' END, i, 'giay', 'cong-van', 'Công văn', 'Ủy ban nhân dân tỉnh',
       'uy ban nhan dan tinh', substr(? || i, 1, 1200), 'thuong', '2026-01-01', '2026-01-01T00:00:00Z', 'bench' FROM n`,
  ).run(ENTRIES, pad);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const store = createFileStore(path.join(dataDir, 'files'));
  const addFiles = (n: number) => {
    for (let i = 0; i < n; i++) store.put(randomBytes(20_000 + ((i * 7919) % 180_000)));
  };
  addFiles(FILES);
  const dbMb = fs.statSync(path.join(dataDir, 'vanthu.db')).size / 1048576;
  const filesMb = Number(execFileSync('du', ['-sm', path.join(dataDir, 'files')], { encoding: 'utf8' }).split('\t')[0]);
  process.stdout.write(
    `corpus: ${ENTRIES} entries (${dbMb.toFixed(1)} MB db), ${FILES} files (${filesMb} MB), built in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );

  const tsx = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const child = (folder: string, pass = '') => {
    fs.mkdirSync(folder, { recursive: true });
    const r = spawnSync(tsx, [__filename, 'child', dataDir, folder, pass], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { ms: number; rssMb: number; copied: number; dbMb: number; snapshot: string };
  };
  const dropCaches = () => execFileSync('sync');

  dropCaches();
  const peerDir = path.join(root, 'peer');
  fs.mkdirSync(peerDir);
  const p0 = performance.now();
  execFileSync('sqlite3', [path.join(dataDir, 'vanthu.db'), `.backup ${path.join(peerDir, 'vanthu.db')}`]);
  execFileSync('cp', ['-r', path.join(dataDir, 'files'), path.join(peerDir, 'files')]);
  const peerMs = performance.now() - p0;

  dropCaches();
  const full = child(path.join(root, 'bk'));
  addFiles(100);
  dropCaches();
  const incr = child(path.join(root, 'bk'));
  dropCaches();
  const enc = child(path.join(root, 'bk-enc'), 'mật khẩu benchmark');

  const s = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
  process.stdout.write(
    [
      `peer  sqlite3 .backup + cp -r files      ${s(peerMs)}`,
      `full  vanthu backup (verified, fsync)    ${s(full.ms)}   ${(full.ms / peerMs).toFixed(2)}× peer   peak RSS ${full.rssMb.toFixed(0)} MB   copied ${full.copied}`,
      `incr  next day, 100 new files            ${s(incr.ms)}   ${((incr.ms / full.ms) * 100).toFixed(1)}% of full   peak RSS ${incr.rssMb.toFixed(0)} MB   copied ${incr.copied}`,
      `enc   full backup, AES-256-GCM           ${s(enc.ms)}   ${(enc.ms / peerMs).toFixed(2)}× peer   peak RSS ${enc.rssMb.toFixed(0)} MB`,
      `(peak RSS of a bare tsx process for comparison is about 60–80 MB; db ${dbMb.toFixed(0)} MB)`,
    ].join('\n') + '\n',
  );
  fs.rmSync(root, { recursive: true, force: true });
}
