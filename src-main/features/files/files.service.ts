import fs from 'node:fs';
import path from 'node:path';
import { MAX_BASE64_FILE_BYTES, MAX_FILE_BYTES, type StoredFile } from '../../../src-shared/contracts/files.contract';
import { toVnIso } from '../../../src-shared/domain';
import { appError, fieldAppError, type ErrorCode, type ErrorParams } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from './file-store';
import type { FilesRepo, StoredFileRow } from './files.repo';
import { inspectPdf, type PdfInspector } from './pdf-inspect';

/** A checked PDF whose bytes are in the store; `record` writes its row (inside a transaction). */
export interface PreparedFile {
  sha256: string;
  record(actor: string): StoredFile;
}

const pathError = (code: ErrorCode, params?: ErrorParams) => fieldAppError('path', code, params);
const MB = 1048576;

function toStoredFile(row: StoredFileRow, created: boolean): StoredFile {
  return {
    sha256: row.sha256,
    size: row.size,
    mediaType: row.media_type,
    pageCount: row.page_count,
    textChars: row.text?.length ?? 0,
    originalName: row.original_name,
    createdAt: row.created_at,
    created,
  };
}

/**
 * Accepts PDFs into the content-addressed store. Invariant: a file that fails the checks leaves
 * nothing behind (checked before a byte is written); a file that passes is durable on disk before
 * its row commits, so a row never points at a missing file.
 */
/** What the files services (store and import, purge) are built from. */
export interface FilesDeps {
  sqlite: Sqlite;
  store: FileStore;
  repo: FilesRepo;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
}

export function createFilesService(
  deps: FilesDeps & {
    /** Default: in this thread; create-app passes the long-work worker's. */
    inspect?: PdfInspector;
    /**
     * Antivirus for files attached through files.import / importBytes (safety/release-scan): throws
     * on an infected file or when the agency blocks unscanned files; returns the warning to show.
     */
    scanAttachment?: (bytes: Uint8Array, name: string) => Promise<{ warning: string | null }>;
  },
) {
  const inspect = deps.inspect ?? inspectPdf;
  /**
   * The slow half of an import, outside any transaction: the PDF is checked and its bytes made
   * durable in the store (content-addressed, so bytes without a row are harmless). `record` is the
   * fast half: the row and its audit entry, synchronous, to run inside the caller's transaction.
   */
  async function prepareBytes(bytes: Uint8Array, originalName: string | null): Promise<PreparedFile> {
    if (bytes.length > MAX_FILE_BYTES) {
      throw pathError('files.tooLarge', { mb: Math.round(bytes.length / MB), max: MAX_FILE_BYTES / MB });
    }
    const facts = await inspect(bytes);
    const { sha256, created: written } = deps.store.put(bytes);
    const row: StoredFileRow = {
      sha256,
      size: bytes.length,
      media_type: 'application/pdf',
      page_count: facts.pageCount,
      text: facts.text,
      original_name: originalName,
      created_at: toVnIso(deps.clock.now()),
    };
    return {
      sha256,
      record(actor: string): StoredFile {
        const inserted = deps.repo.insertIfAbsent(row);
        if (inserted) {
          deps.audit.append({
            actor,
            action: 'file.imported',
            entityType: 'file',
            entityId: sha256,
            data: { size: row.size, pageCount: row.page_count, originalName },
          });
        }
        deps.logger.info('file imported', { sha256, size: bytes.length, pages: facts.pageCount, written, isNew: inserted });
        return toStoredFile(inserted ? row : deps.repo.get(sha256)!, inserted);
      },
    };
  }

  async function importBytes(bytes: Uint8Array, originalName: string | null, actor: string): Promise<StoredFile> {
    // Scanned before the PDF check and before a byte reaches the store: an infected file leaves nothing.
    const scan = deps.scanAttachment ? await deps.scanAttachment(bytes, originalName ?? 'tệp đính kèm') : { warning: null };
    const prepared = await prepareBytes(bytes, originalName);
    const stored = deps.sqlite.transaction(() => prepared.record(actor)).immediate();
    return scan.warning ? { ...stored, avWarning: scan.warning } : stored;
  }

  return {
    importBytes,
    prepareBytes,
    /** The PDF check and text extraction this service uses (in the worker when the app runs). */
    inspect,

    async importPath(filePath: string, actor: string): Promise<StoredFile> {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(filePath);
      } catch {
        throw pathError('files.pathNotFound', { path: filePath });
      }
      if (!stat.isFile()) throw pathError('files.pathNotAFile', { path: filePath });
      if (stat.size > MAX_FILE_BYTES) {
        throw pathError('files.tooLarge', { mb: Math.round(stat.size / MB), max: MAX_FILE_BYTES / MB });
      }
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(filePath);
      } catch (err) {
        throw pathError('files.pathUnreadable', { path: filePath, error: (err as NodeJS.ErrnoException).code ?? String(err) });
      }
      return importBytes(bytes, path.basename(filePath), actor);
    },

    async importBase64(dataBase64: string, fileName: string | null, actor: string): Promise<StoredFile> {
      const clean = dataBase64.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
        throw appError('files.notBase64', undefined, { field: 'dataBase64' });
      }
      const bytes = Buffer.from(clean, 'base64');
      if (bytes.length > MAX_BASE64_FILE_BYTES) {
        throw appError('files.tooBigForDirect', { max: MAX_BASE64_FILE_BYTES / 1048576 }, { field: 'dataBase64' });
      }
      return importBytes(bytes, fileName, actor);
    },

    info(sha256: string): Omit<StoredFile, 'created'> {
      const row = deps.repo.get(sha256);
      if (!row) throw appError('intake.fileNotInStore', { sha: sha256 }, { sha256 });
      deps.store.assertReadable(sha256);
      const { created: _c, ...rest } = toStoredFile(row, false);
      return rest;
    },

    /** Text layer of a stored file (for the search index). */
    text(sha256: string): string | null {
      return deps.repo.get(sha256)?.text ?? null;
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
