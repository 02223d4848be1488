/**
 * Wiring of the workflow's printed side (phiếu, sổ theo dõi, tình hình giải quyết) for the
 * composition root. The workflow is read through its own operations on the router (bound after the
 * router exists), so this feature depends on the workflow's contract, not on its tables or service.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { FollowUpRow, HandlingTallyRow, WorkflowView } from '../../../src-shared/contracts/workflow.contract';
import type { Envelope } from '../../../src-shared/rpc/envelope';
import { AppError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { shippedDir } from '../../core/shipped-paths';
import type { Sqlite } from '../../db/open';
import type { PartialHandlers, Router } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from '../files/file-store';
import type { FilesRepo } from '../files/files.repo';
import { createFollowUpPrintService, type FollowUpPrintDeps, type WorkflowReader } from './follow-up-print.service';
import { createHandlingReportService } from './handling-report.service';
import { createOutputStore, type ScanOutput } from './output-store';
import { createFontSource } from './pdf/fonts';

function resourcesDir(): string | null {
  try {
    return shippedDir('resources');
  } catch {
    return null;
  }
}

export function createWorkflowPrintModule(d: {
  sqlite: Sqlite;
  agency: () => AgencyProfile | null;
  fileStore: FileStore;
  /** Antivirus on every output before it is stored (books, reports, exports). */
  scanOutput?: ScanOutput | undefined;
  filesRepo: FilesRepo;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  renderBook?: FollowUpPrintDeps['renderBook'];
}) {
  let router: Router | null = null;
  async function call<T>(name: string, input: unknown): Promise<T> {
    if (!router) throw new AppError('Internal', 'Chưa khởi động xong: hãy thử lại.');
    const env = (await router.call(name, input, { transport: 'direct' })) as Envelope<T>;
    if (!env.ok) throw new AppError(env.error.kind, env.error.message, env.error.details);
    return env.value;
  }
  const workflow: WorkflowReader = {
    get: (entryId) => call<WorkflowView>('workflow.get', { entryId }),
    followUp: (q) => call<{ total: number; rows: FollowUpRow[] }>('workflow.followUp', q),
    handlingTally: (q) => call<{ asOf: string; rows: HandlingTallyRow[] }>('workflow.handlingTally', q),
  };
  const fonts = createFontSource({ resourcesDir: resourcesDir() });
  const output = createOutputStore({ store: d.fileStore, filesRepo: d.filesRepo, clock: d.clock, scan: d.scanOutput });
  const print = createFollowUpPrintService({ ...d, workflow, fonts, output });
  const reports = createHandlingReportService({ workflow, agency: d.agency, fonts, output, clock: d.clock });
  const handlers = {
    'books.printPhieu': (input) => print.printPhieu(input.entryId),
    'books.printFollowUp': (input, ctx) => print.print(input, actorOf(ctx)),
    'books.followUpVolumes': (input) => print.volumes(input.Year),
    'books.handlingReport': (input) => reports.report(input),
    'books.handlingReportFile': (input) => reports.file(input.Period, input.Format),
  } satisfies PartialHandlers;
  return {
    handlers,
    /** Called once the router exists: the workflow is read through it. */
    bind(r: Router) {
      router = r;
    },
  };
}
