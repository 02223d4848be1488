/**
 * Generated books, reports and exports are scanned by the antivirus, then go into the content-addressed file store, like every other
 * file, so the renderer opens them by id (app://vanthu/files/<sha256>, GET /files/<sha256>) and the
 * CLI copies them out. They are written through the files feature's store and repo; their text is
 * not indexed for search (these are outputs, not registered documents).
 */
import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import { toVnIso } from '../../../src-shared/domain';
import type { Clock } from '../../core/clock';
import type { FileStore } from '../files/file-store';
import type { FilesRepo } from '../files/files.repo';

export const MEDIA = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** The antivirus check an output passes before it is stored (safety/release-scan, purpose 'output'). */
export type ScanOutput = (bytes: Uint8Array, fileName: string) => Promise<{ warning: string | null }>;

export function createOutputStore(deps: { store: FileStore; filesRepo: FilesRepo; clock: Clock; scan?: ScanOutput | undefined }) {
  return {
    /**
     * Scans then stores an output. An infected output (or, under the agency's "block", one the
     * scanner could not check) is refused before a byte is stored; under "warn" the output carries
     * the warning the clerk must see.
     */
    async put(bytes: Uint8Array, mediaType: string, fileName: string, pages: number | null = null): Promise<StoredOutput> {
      const scan = deps.scan ? await deps.scan(bytes, fileName) : { warning: null };
      const { sha256 } = deps.store.put(bytes);
      deps.filesRepo.insertIfAbsent({
        sha256,
        size: bytes.length,
        media_type: mediaType,
        page_count: pages,
        text: null,
        original_name: fileName,
        created_at: toVnIso(deps.clock.now()),
      });
      return { sha256, size: bytes.length, mediaType, fileName, ...(scan.warning ? { avWarning: scan.warning } : {}) };
    },
    /** The bytes of a stored output, or null when the store no longer has them. */
    read(sha256: string): Buffer | null {
      return deps.store.has(sha256) ? deps.store.read(sha256) : null;
    },
  };
}

export type OutputStore = ReturnType<typeof createOutputStore>;
