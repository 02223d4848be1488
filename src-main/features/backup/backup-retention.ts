/**
 * Retention: keep the newest backup of each of the last N days and of each of the last M months
 * (Vietnam time), remove the others, then remove pool blobs (files and database chunks) no kept
 * manifest refers to. A folder with a damaged manifest is never swept (its blobs are unknown), and
 * temp directories left by a crashed backup are removed. Runs under the folder lock, after a good
 * backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { vnDate } from '../../../src-shared/domain/vn-time';
import { BACKUP_NAME, poolDir, TEMP_PREFIX } from './backup-layout';
import { acquireFolderLock } from './backup-lock';
import { readManifest } from './backup-reader';

export function applyRetention(folder: string, keepDaily: number, keepMonthly: number, keep: string): string[] {
  const release = acquireFolderLock(folder);
  try {
    const names = fs.readdirSync(folder);
    for (const n of names.filter((x) => x.startsWith(TEMP_PREFIX))) fs.rmSync(path.join(folder, n), { recursive: true, force: true });
    const backups: { name: string; day: string; encrypted: boolean; hashes: string[] }[] = [];
    let damaged = false;
    for (const n of names.filter((x) => BACKUP_NAME.test(x))) {
      try {
        const { manifest } = readManifest(path.join(folder, n));
        backups.push({
          name: n,
          day: vnDate(manifest.createdAt),
          encrypted: manifest.encryption !== null,
          hashes: [...manifest.files.map((f) => f.sha256), ...('chunks' in manifest.database ? manifest.database.chunks : [])],
        });
      } catch {
        damaged = true;
      }
    }
    backups.sort((a, b) => (a.name < b.name ? 1 : -1));
    const kept = new Set<string>([keep]);
    const days = new Set<string>();
    const months = new Set<string>();
    for (const b of backups) {
      if (!days.has(b.day) && days.size < keepDaily) {
        days.add(b.day);
        kept.add(b.name);
      }
      const month = b.day.slice(0, 7);
      if (!months.has(month) && months.size < keepMonthly) {
        months.add(month);
        kept.add(b.name);
      }
    }
    const removed: string[] = [];
    for (const b of backups) {
      if (kept.has(b.name)) continue;
      fs.rmSync(path.join(folder, b.name), { recursive: true, force: true });
      removed.push(b.name);
    }
    if (!damaged) {
      for (const encrypted of [false, true]) {
        const wanted = new Set(backups.filter((b) => kept.has(b.name) && b.encrypted === encrypted).flatMap((b) => b.hashes));
        sweepPool(poolDir(folder, encrypted), wanted);
      }
    }
    return removed;
  } finally {
    release();
  }
}

function sweepPool(pool: string, wanted: Set<string>): void {
  let subdirs: string[];
  try {
    subdirs = fs.readdirSync(pool);
  } catch {
    return;
  }
  for (const d of subdirs) {
    const abs = path.join(pool, d);
    if (d === 'tmp') {
      fs.rmSync(abs, { recursive: true, force: true });
      continue;
    }
    if (!/^[0-9a-f]{2}$/.test(d)) continue;
    for (const f of fs.readdirSync(abs)) if (!wanted.has(f)) fs.rmSync(path.join(abs, f), { force: true });
  }
}
