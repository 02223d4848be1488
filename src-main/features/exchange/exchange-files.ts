import fs from 'node:fs';
import path from 'node:path';
import { sha256File } from './edxml/edxml-parser';

/**
 * The exchange's content-addressed file store (`<data>/exchange/files/ab/<sha256>`): packets as sent
 * or received and decoded attachments. A file is fsynced, then renamed into place; nothing is ever
 * overwritten, so a packet in the outbox is resent byte for byte. Temp files live in
 * `<data>/exchange/tmp` (same file system, so the rename is atomic) and are swept at sync start.
 */
export class ExchangeFiles {
  readonly root: string;
  readonly tmp: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'exchange', 'files');
    this.tmp = path.join(dataDir, 'exchange', 'tmp');
    fs.mkdirSync(this.root, { recursive: true });
    fs.mkdirSync(this.tmp, { recursive: true });
  }

  pathOf(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** Moves a finished temp file into the store under its sha256 (computed when not given). */
  async put(tempFile: string, sha256?: string): Promise<{ sha256: string; path: string; size: number }> {
    const hash = sha256 ?? (await sha256File(tempFile));
    const dest = this.pathOf(hash);
    const size = (await fs.promises.stat(tempFile)).size;
    if (fs.existsSync(dest)) {
      fs.rmSync(tempFile, { force: true });
      return { sha256: hash, path: dest, size };
    }
    // Asynchronous fsync: several packets being stored at once flush in parallel off the main thread.
    const fh = await fs.promises.open(tempFile, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.promises.mkdir(path.dirname(dest), { recursive: true });
    await fs.promises.rename(tempFile, dest);
    return { sha256: hash, path: dest, size };
  }

  /** Removes temp files left by a process that was killed (older than `ageMs`). */
  sweepTmp(nowMs: number, ageMs = 60_000): void {
    for (const name of fs.readdirSync(this.tmp)) {
      const f = path.join(this.tmp, name);
      try {
        if (nowMs - fs.statSync(f).mtimeMs > ageMs) fs.rmSync(f, { recursive: true, force: true });
      } catch {
        // already gone
      }
    }
  }
}
