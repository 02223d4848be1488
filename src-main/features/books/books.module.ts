/**
 * Wiring of the books feature for the composition root: its repository, the font source (system
 * Times New Roman, else the shipped Liberation Serif), the output store over the file store, and
 * the service and handlers. create-app calls this once.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { RegisterSettings } from '../../../src-shared/contracts/register.contract';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { shippedDir } from '../../core/shipped-paths';
import type { Sqlite } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from '../files/file-store';
import type { FilesRepo } from '../files/files.repo';
import { createRegisterRangesRepo } from '../register/register-ranges.repo';
import type { RegisterRepo } from '../register/register.repo';
import type { RegisterService } from '../register/register.service';
import { booksHandlers } from './books.handlers';
import { createBooksRepo } from './books.repo';
import { createBooksService, type BooksDeps } from './books.service';
import { createOutputStore, type ScanOutput } from './output-store';
import { createFontSource } from './pdf/fonts';

function resourcesDir(): string | null {
  try {
    return shippedDir('resources');
  } catch {
    // Reported as a clear "font not found" error when a book is printed, not at start-up.
    return null;
  }
}

export function createBooksModule(d: {
  sqlite: Sqlite;
  registerRepo: RegisterRepo;
  register: RegisterService;
  settings: () => RegisterSettings;
  agency: () => AgencyProfile | null;
  term: BooksDeps['term'];
  customKinds?: BooksDeps['customKinds'];
  fileStore: FileStore;
  /** Antivirus on every output before it is stored (books, reports, exports). */
  scanOutput?: ScanOutput | undefined;
  filesRepo: FilesRepo;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  events?: EventBus;
  renderBook?: BooksDeps['renderBook'];
}) {
  const service = createBooksService({
    sqlite: d.sqlite,
    repo: createBooksRepo(d.sqlite),
    registerRepo: d.registerRepo,
    ranges: createRegisterRangesRepo(d.sqlite),
    register: d.register,
    settings: d.settings,
    agency: d.agency,
    term: d.term,
    customKinds: d.customKinds,
    fonts: createFontSource({ resourcesDir: resourcesDir() }),
    output: createOutputStore({ store: d.fileStore, filesRepo: d.filesRepo, clock: d.clock, scan: d.scanOutput }),
    audit: d.audit,
    clock: d.clock,
    logger: d.logger,
    events: d.events,
    renderBook: d.renderBook,
  });
  return { service, handlers: booksHandlers(service) };
}
