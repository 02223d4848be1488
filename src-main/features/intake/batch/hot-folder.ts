/**
 * Hot folder: office scanners save to a share; vanthu takes each file once it has stopped
 * growing. A file is "stable" when its size and mtime are unchanged across two passes at least
 * `stableMs` apart (a file still being copied keeps changing). Taken files move to `done/`;
 * a file that cannot be taken (damaged, wrong type, infected, too big) moves to `quarantine/`
 * beside a `<name>.reason.txt` saying why — nothing is skipped silently. Infected files are
 * moved by the antivirus service into the agency quarantine instead (audited); a reason file
 * is still left in the hot folder's quarantine/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, appError } from '../../../../src-shared/rpc/errors';

export interface HotFolderOutcome {
  imported: { name: string; batchId: string; pages: number }[];
  quarantined: { name: string; reason: string }[];
  waiting: string[];
}

/** Scanners write temp names first; these are never taken. */
const TEMP = /(\.part|\.tmp|\.crdownload|~)$|^\.|^~\$/i;

function uniqueTarget(dir: string, name: string): string {
  let target = path.join(dir, name);
  for (let i = 1; fs.existsSync(target); i++) {
    const ext = path.extname(name);
    target = path.join(dir, `${path.basename(name, ext)} (${i})${ext}`);
  }
  return target;
}

export function createHotFolder(deps: {
  now: () => number;
  stamp: () => string;
  take: (file: string, name: string) => Promise<{ batchId: string; pages: number }>;
}) {
  const seen = new Map<string, { size: number; mtimeMs: number; since: number }>();

  return {
    async poll(folder: string, stableMs: number): Promise<HotFolderOutcome> {
      const out: HotFolderOutcome = { imported: [], quarantined: [], waiting: [] };
      let names: string[];
      try {
        names = fs.readdirSync(folder);
      } catch {
        throw appError('intake.hotFolderUnreadable', { folder }, { field: 'folder' });
      }
      const done = path.join(folder, 'done');
      const quarantine = path.join(folder, 'quarantine');
      fs.mkdirSync(done, { recursive: true });
      fs.mkdirSync(quarantine, { recursive: true });
      for (const name of names.sort()) {
        const file = path.join(folder, name);
        let st: fs.Stats;
        try {
          st = fs.statSync(file);
        } catch {
          continue;
        }
        if (!st.isFile()) continue;
        if (TEMP.test(name)) {
          out.waiting.push(name);
          continue;
        }
        const prev = seen.get(file);
        const t = deps.now();
        if (!prev || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs) {
          seen.set(file, { size: st.size, mtimeMs: st.mtimeMs, since: t });
          // stableMs 0: one look is enough (tests, or a folder only ever filled by atomic renames).
          if (stableMs > 0) {
            out.waiting.push(name);
            continue;
          }
        } else if (t - prev.since < stableMs) {
          out.waiting.push(name);
          continue;
        }
        seen.delete(file);
        try {
          const r = await deps.take(file, name);
          if (fs.existsSync(file)) fs.renameSync(file, uniqueTarget(done, name));
          out.imported.push({ name, batchId: r.batchId, pages: r.pages });
        } catch (err) {
          const reason = err instanceof AppError ? err.message : `Lỗi không xác định: ${(err as Error).message}`;
          const target = uniqueTarget(quarantine, name);
          if (fs.existsSync(file)) fs.renameSync(file, target);
          fs.writeFileSync(`${target}.reason.txt`, `${deps.stamp()}\n${reason}\n`);
          out.quarantined.push({ name, reason });
        }
      }
      return out;
    },
  };
}
