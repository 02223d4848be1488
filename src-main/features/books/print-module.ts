/**
 * What the printing modules (register books, sổ theo dõi, sổ gửi bưu điện) take from the
 * composition root, and the fonts and output store they all print with: the system Times New Roman,
 * else the Liberation Serif shipped in resources/fonts, and the file store for the PDFs.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { shippedDir } from '../../core/shipped-paths';
import type { Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from '../files/file-store';
import type { FilesRepo } from '../files/files.repo';
import type { RenderBookFn } from './locked-volumes';
import { createOutputStore, type ScanOutput } from './output-store';
import { createFontSource } from './pdf/fonts';

export interface PrintModuleDeps {
  sqlite: Sqlite;
  agency: () => AgencyProfile | null;
  fileStore: FileStore;
  filesRepo: FilesRepo;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  /** Antivirus on every output before it is stored (books, reports, exports, envelopes). */
  scanOutput?: ScanOutput | undefined;
  /** Renders a book model (default: in this thread); create-app passes the long-work worker. */
  renderBook?: RenderBookFn | undefined;
}

function resourcesDir(): string | null {
  try {
    return shippedDir('resources');
  } catch {
    // Reported as a clear "font not found" error when a book is printed, not at start-up.
    return null;
  }
}

/** The fonts and the output store a printing module prints with. */
export function printOutputs(d: Pick<PrintModuleDeps, 'fileStore' | 'filesRepo' | 'clock' | 'scanOutput'>) {
  return {
    fonts: createFontSource({ resourcesDir: resourcesDir() }),
    output: createOutputStore({ store: d.fileStore, filesRepo: d.filesRepo, clock: d.clock, scan: d.scanOutput }),
  };
}
