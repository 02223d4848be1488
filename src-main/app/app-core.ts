/**
 * What every feature group's wiring (wire-*.ts) takes from the composition root: the open database,
 * the process-wide services (audit, clock, logger, events), the file store and the long-work worker.
 * create-app builds it once, after the database is migrated.
 */
import type { AgencyProfile } from '../../src-shared/contracts/agency.contract';
import type { Clock } from '../core/clock';
import type { dataLayout } from '../core/data-paths';
import type { Logger } from '../core/logger';
import type { TaskRunner } from '../core/worker/task-runner';
import type { OpenDatabase } from '../db/open';
import type { AuditService } from '../features/audit/audit.service';
import type { FileStore } from '../features/files/file-store';
import type { FilesRepo } from '../features/files/files.repo';
import type { EventBus } from '../rpc/events';
import type { LONG_WORK_TASKS } from './long-work.tasks';

export interface AppCore {
  layout: ReturnType<typeof dataLayout>;
  database: OpenDatabase;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  fileStore: FileStore;
  filesRepo: FilesRepo;
  agency: () => AgencyProfile | null;
  /** CPU-heavy work in a worker thread (architecture §4: long work off the main thread). */
  longWork: TaskRunner<typeof LONG_WORK_TASKS>;
}
