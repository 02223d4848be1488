/**
 * Wiring of the workflow's printed side (phiếu, sổ theo dõi, tình hình giải quyết) for the
 * composition root. The workflow is read through its own operations on the router (bound after the
 * router exists), so this feature depends on the workflow's contract, not on its tables or service.
 */
import type { FollowUpRow, HandlingTallyRow, WorkflowView } from '../../../src-shared/contracts/workflow.contract';
import type { Envelope } from '../../../src-shared/rpc/envelope';
import { AppError, appError } from '../../../src-shared/rpc/errors';
import type { PartialHandlers, Router } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import { createFollowUpPrintService, type WorkflowReader } from './follow-up-print.service';
import { printOutputs, type PrintModuleDeps } from './print-module';
import { createHandlingReportService } from './handling-report.service';

export function createWorkflowPrintModule(d: PrintModuleDeps) {
  let router: Router | null = null;
  async function call<T>(name: string, input: unknown): Promise<T> {
    if (!router) throw appError('books.notStarted');
    const env = (await router.call(name, input, { transport: 'direct' })) as Envelope<T>;
    if (!env.ok) throw AppError.fromData(env.error);
    return env.value;
  }
  const workflow: WorkflowReader = {
    get: (entryId) => call<WorkflowView>('workflow.get', { entryId }),
    followUp: (q) => call<{ total: number; rows: FollowUpRow[] }>('workflow.followUp', q),
    handlingTally: (q) => call<{ asOf: string; rows: HandlingTallyRow[] }>('workflow.handlingTally', q),
  };
  const { fonts, output } = printOutputs(d);
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
