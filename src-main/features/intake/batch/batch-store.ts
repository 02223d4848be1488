/**
 * Scan batches on disk, inside the agency data folder: `intake/batches/<id>.json` (the manifest,
 * rewritten atomically after every change) and `intake/pages/` (page images, content-addressed
 * with the files feature's store: temp, fsync, link — never overwritten).
 *
 * Invariant: a page is durable in the page store before the manifest that names it is written,
 * so after a crash a manifest never points at a missing image; an image without a manifest entry
 * is only an orphan. A batch that was 'scanning' when its process died is 'interrupted' and is
 * offered for resume.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pidAlive, writeDurable } from '../../../core/durable-file';
import type { IntakeBatch } from '../../../../src-shared/contracts/intake.contract';
import { appError } from '../../../../src-shared/rpc/errors';
import { createFileStore, type FileStore } from '../../files/file-store';

export interface IntakeLayout {
  root: string;
  batches: string;
  pages: string;
  work: string;
  quarantine: string;
}

export function intakeLayout(dataDir: string): IntakeLayout {
  const root = path.join(dataDir, 'intake');
  return {
    root,
    batches: path.join(root, 'batches'),
    pages: path.join(root, 'pages'),
    work: path.join(root, 'work'),
    quarantine: path.join(root, 'quarantine'),
  };
}

const BATCH_ID = /^[0-9a-f-]{36}$/;

/** Writes a file so a reader (or a crash) sees either the old or the new content, never half. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeDurable(tmp, data);
  fs.renameSync(tmp, file);
}

export function createBatchStore(layout: IntakeLayout) {
  for (const d of [layout.batches, layout.pages, layout.work, layout.quarantine]) fs.mkdirSync(d, { recursive: true });
  const pages: FileStore = createFileStore(layout.pages);
  const manifest = (id: string) => {
    if (!BATCH_ID.test(id)) throw appError('intake.batchIdInvalid', { id }, { field: 'batchId' });
    return path.join(layout.batches, `${id}.json`);
  };

  function read(id: string): IntakeBatch {
    let text: string;
    try {
      text = fs.readFileSync(manifest(id), 'utf8');
    } catch {
      throw appError('intake.batchNotFound', { id }, { batchId: id });
    }
    return JSON.parse(text) as IntakeBatch;
  }

  return {
    layout,
    pages,
    read,
    exists: (id: string) => fs.existsSync(manifest(id)),
    write(batch: IntakeBatch): void {
      writeFileAtomic(manifest(batch.id), JSON.stringify(batch));
    },
    /** Every batch, newest first; a manifest that cannot be read is reported, not hidden. */
    list(): { batches: IntakeBatch[]; unreadable: string[] } {
      const batches: IntakeBatch[] = [];
      const unreadable: string[] = [];
      for (const f of fs.readdirSync(layout.batches)) {
        if (!f.endsWith('.json')) continue;
        try {
          batches.push(JSON.parse(fs.readFileSync(path.join(layout.batches, f), 'utf8')) as IntakeBatch);
        } catch {
          unreadable.push(f);
        }
      }
      batches.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
      return { batches, unreadable };
    },
    /** A 'scanning' batch whose owning process is gone was interrupted (crash, power cut, kill). */
    isOrphanedScan(batch: IntakeBatch, active: ReadonlySet<string>): boolean {
      if (batch.status !== 'scanning' || active.has(batch.id)) return false;
      return batch.owner === null || batch.owner.pid === process.pid || !pidAlive(batch.owner.pid);
    },
    workDir(id: string): string {
      const d = path.join(layout.work, id);
      fs.mkdirSync(d, { recursive: true });
      return d;
    },
    removeWorkDir(id: string): void {
      fs.rmSync(path.join(layout.work, id), { recursive: true, force: true });
    },
  };
}

export type BatchStore = ReturnType<typeof createBatchStore>;
