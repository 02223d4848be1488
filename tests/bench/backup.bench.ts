/**
 * Backup benchmark (a script, not a timed test):
 *   BENCH_ENTRIES=20000 BENCH_FILES=500 npx tsx tests/bench/backup.bench.ts
 *   (the issue's scale: BENCH_ENTRIES=1000000 BENCH_FILES=20000; BENCH_ROUNDS=3 by default;
 *   BENCH_DATA=dir keeps the corpus there and reuses it on the next run)
 * Builds a register of BENCH_ENTRIES rows (about 2.2 kB of pages each) and BENCH_FILES stored files,
 * then prints, in the same run, medians of BENCH_ROUNDS interleaved runs (the machine is shared):
 *   - the peer: `sqlite3 vanthu.db ".backup …"` plus `cp -r files` (no verification, no fsync);
 *   - vanthu's full backup into an empty folder (snapshot + chunked database + pool copy, verified,
 *     fsync), each run in its own process so its peak RSS is its own;
 *   - the next day's incremental backup (into the last full backup's folder) after a day of work
 *     through the app's own code: BENCH_DAY_ENTRIES (100) incoming documents registered by the
 *     register service (the app's connection, its own checkpoints and close), and 100 new files;
 *   - an encrypted full backup (AES-256-GCM);
 *   - the peak RSS of a child that only loads the same modules, to compare with.
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
import { SAMPLE_AGENCY } from '../support/app-harness';

if (process.argv[2] === 'idle') {
  process.stdout.write(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (process.argv[2] === 'child') {
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
        read: r.databaseChunksRead,
        chunks: r.databaseChunks,
        why: r.fullHashWhy,
      }),
    );
  });
} else {
  void main();
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** A day of work through the app: `n` incoming documents registered, then the app closed. */
async function day(dataDir: string, n: number, round: number): Promise<void> {
  const app = createApp({ dataDir }, { logger: silentLogger });
  try {
    const call = async (name: string, input: unknown) => {
      const r = await app.router.call(name, input, { transport: 'cli' });
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    };
    if (round === 0) await call('agency.saveProfile', SAMPLE_AGENCY);
    for (let i = 0; i < n; i++) {
      await call('register.addIncoming', {
        TypeName: 'Công văn',
        SoKyHieu: `${i + 1}/BENCH-${round}-${Date.now()}`,
        OrganName: 'Sở Nội vụ',
        Subject: `Văn bản ${i} của ngày làm việc ${round} (benchmark sao lưu)`,
      });
    }
  } finally {
    app.close();
  }
}

async function main(): Promise<void> {
  const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 20_000);
  const FILES = Number(process.env.BENCH_FILES ?? 500);
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
  const keep = process.env.BENCH_DATA;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bkbench-'));
  const dataDir = keep ? path.resolve(keep) : path.join(root, 'data');
  const store = () => createFileStore(path.join(dataDir, 'files'));
  const addFiles = (n: number) => {
    const s = store();
    for (let i = 0; i < n; i++) s.put(randomBytes(20_000 + ((i * 7919) % 180_000)));
  };
  const t0 = performance.now();
  const load0 = os.loadavg()[0]!;
  if (!fs.existsSync(path.join(dataDir, 'vanthu.db'))) buildCorpus(dataDir, ENTRIES, () => addFiles(FILES));
  const dbMb = fs.statSync(path.join(dataDir, 'vanthu.db')).size / 1048576;
  const filesMb = Number(execFileSync('du', ['-sm', path.join(dataDir, 'files')], { encoding: 'utf8' }).split('\t')[0]);
  process.stdout.write(
    `corpus: ${ENTRIES} entries (${dbMb.toFixed(1)} MB db), ${FILES} files (${filesMb} MB), ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );

  const tsx = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  type Run = {
    ms: number;
    rssMb: number;
    copied: number;
    dbMb: number;
    snapshot: string;
    read: number;
    chunks: number;
    why: string | null;
  };
  const DAY = Number(process.env.BENCH_DAY_ENTRIES ?? 100);
  const child = (folder: string, pass = ''): Run => {
    fs.mkdirSync(folder, { recursive: true });
    execFileSync('sync');
    const r = spawnSync(tsx, [__filename, 'child', dataDir, folder, pass], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as Run;
  };
  const peer = (n: number): number => {
    const dir = path.join(root, `peer-${n}`);
    fs.mkdirSync(dir);
    execFileSync('sync');
    const p0 = performance.now();
    execFileSync('sqlite3', [path.join(dataDir, 'vanthu.db'), `.backup ${path.join(dir, 'vanthu.db')}`]);
    execFileSync('cp', ['-r', path.join(dataDir, 'files'), path.join(dir, 'files')]);
    const ms = performance.now() - p0;
    fs.rmSync(dir, { recursive: true, force: true });
    return ms;
  };

  const peers: number[] = [];
  const fulls: Run[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    peers.push(peer(i));
    if (i > 0) fs.rmSync(path.join(root, `bk-${i - 1}`), { recursive: true, force: true });
    fulls.push(child(path.join(root, `bk-${i}`)));
  }
  const last = path.join(root, `bk-${ROUNDS - 1}`);
  const incrs: Run[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await day(dataDir, DAY, i);
    addFiles(100);
    incrs.push(child(last));
  }
  fs.rmSync(last, { recursive: true, force: true });
  const enc = child(path.join(root, 'bk-enc'), 'mật khẩu benchmark');
  const idle = JSON.parse(spawnSync(tsx, [__filename, 'idle'], { encoding: 'utf8' }).stdout) as { rssMb: number };

  const peerMs = median(peers);
  const fullMs = median(fulls.map((r) => r.ms));
  const incrMs = median(incrs.map((r) => r.ms));
  const rss = (rs: Run[]) => Math.max(...rs.map((r) => r.rssMb)).toFixed(0);
  const s = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
  const all = (xs: number[]) => `[${xs.map((x) => (x / 1000).toFixed(2)).join(' ')}]`;
  process.stdout.write(
    [
      `peer  sqlite3 .backup + cp -r files      ${s(peerMs)}   runs ${all(peers)}`,
      `full  vanthu backup (verified, fsync)    ${s(fullMs)}   ${(fullMs / peerMs).toFixed(2)}× peer   runs ${all(fulls.map((r) => r.ms))}   peak RSS ${rss(fulls)} MB   db written ${fulls[0]!.dbMb.toFixed(0)} MB (${fulls[0]!.snapshot})`,
      `incr  next day, ${DAY} entries + 100 files  ${s(incrMs)}   ${((incrMs / fullMs) * 100).toFixed(1)}% of full   runs ${all(incrs.map((r) => r.ms))}   peak RSS ${rss(incrs)} MB   copied ${incrs[0]!.copied}, db written ${incrs[0]!.dbMb.toFixed(1)} MB`,
      `      chunks re-read: ${incrs.map((r) => `${r.read} of ${r.chunks}${r.why ? ` (${r.why})` : ''}`).join(', ')}; full: ${fulls[0]!.read} of ${fulls[0]!.chunks} (${fulls[0]!.why})`,
      `enc   full backup, AES-256-GCM           ${s(enc.ms)}   ${(enc.ms / peerMs).toFixed(2)}× peer   peak RSS ${enc.rssMb.toFixed(0)} MB`,
      `idle  a child that only loads the modules: peak RSS ${idle.rssMb.toFixed(0)} MB; db ${dbMb.toFixed(0)} MB`,
      `load  1-minute load average at start ${load0.toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)} (${os.cpus().length} cores; the machine may be shared)`,
    ].join('\n') + '\n',
  );
  fs.rmSync(root, { recursive: true, force: true });
}

function buildCorpus(dataDir: string, entries: number, addFiles: () => void): void {
  const app = createApp({ dataDir }, { logger: silentLogger });
  app.close();
  const db = new Database(path.join(dataDir, 'vanthu.db'));
  db.pragma('journal_mode = WAL');
  // Filler rows straight into the register (the backup copies pages; their content does not matter).
  const pad = 'Về việc tổ chức kiểm tra, rà soát và báo cáo kết quả thực hiện công tác cải cách hành chính '.repeat(12);
  db.exec(`DROP TRIGGER IF EXISTS register_entry_ai; DROP TRIGGER IF EXISTS register_fts_ai;`);
  // In batches of 50,000 rows: one huge statement would hold a WAL the size of the register.
  for (let from = 1; from <= entries; from += 50_000) {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO register_entry (id, direction, year, series, number, medium, type_code, type_name, organ_name, organ_key, subject,
         urgency, reg_date, registered_at, registered_by)
       SELECT printf('%08d-0000-4000-8000-000000000000', i), CASE WHEN i % 2 THEN 'den' ELSE 'di' END, 2016 + (i % 11),
         CASE WHEN i % 2 THEN 'den' ELSE 'hanh-chinh' END, i, 'giay', 'cong-van', 'Công văn', 'Ủy ban nhân dân tỉnh',
         'uy ban nhan dan tinh', substr(? || i, 1, 1200), 'thuong', '2026-01-01', '2026-01-01T00:00:00Z', 'bench' FROM n`,
    ).run(from, Math.min(entries, from + 49_999), pad);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  db.close();
  addFiles();
}
