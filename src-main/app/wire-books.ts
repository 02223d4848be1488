/**
 * Wiring of the printed books for the composition root: the register books (print, lock, import,
 * reports), the sổ theo dõi and phiếu giải quyết, and the sổ gửi bưu điện with envelopes. All three
 * render in the long-work worker.
 */
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { createBooksModule } from '../features/books/books.module';
import type { RenderBookFn } from '../features/books/locked-volumes';
import { createWorkflowPrintModule } from '../features/books/workflow-print.module';
import { createPostModule } from '../features/post/post.module';
import type { RegisterRepo } from '../features/register/register.repo';
import type { RegisterService } from '../features/register/register.service';
import type { AppCore } from './app-core';

type BooksModuleDeps = Parameters<typeof createBooksModule>[0];

export function wireBooks(
  core: AppCore,
  d: {
    registerRepo: RegisterRepo;
    register: RegisterService;
    term: BooksModuleDeps['term'];
    customKinds: NonNullable<BooksModuleDeps['customKinds']>;
    hubDeliveriesOf: (entry: RegisterEntry) => { organId: string; organName: string }[];
    /** Antivirus on every book, report, export and envelope before it is stored. */
    scanOutput: NonNullable<BooksModuleDeps['scanOutput']>;
  },
) {
  const { sqlite } = core.database;
  const renderBook: RenderBookFn = (model, family, onProgress) => core.longWork.run('books.render', { model, family }, { onProgress });
  const shared = {
    sqlite,
    agency: core.agency,
    fileStore: core.fileStore,
    filesRepo: core.filesRepo,
    audit: core.audit,
    clock: core.clock,
    scanOutput: d.scanOutput,
  };

  const books = createBooksModule({
    ...shared,
    registerRepo: d.registerRepo,
    register: d.register,
    settings: () => d.register.getSettings(),
    term: d.term,
    customKinds: d.customKinds,
    logger: core.logger.child('books'),
    events: core.events,
    renderBook,
  });
  const workflowPrint = createWorkflowPrintModule({ ...shared, logger: core.logger.child('books.workflow'), renderBook });
  const post = createPostModule({
    ...shared,
    registerRepo: d.registerRepo,
    hubDeliveriesOf: d.hubDeliveriesOf,
    logger: core.logger.child('post'),
    renderBook,
  });
  return { handlers: { ...books.handlers, ...workflowPrint.handlers, ...post.handlers }, bindRouter: workflowPrint.bind };
}
