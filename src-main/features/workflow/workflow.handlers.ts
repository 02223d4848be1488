import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import { scopeOf, stepLimitsOf } from '../accounts/permission.service';
import type { WorkflowQueries } from './workflow-queries';
import type { WorkflowService } from './workflow.service';

export function workflowHandlers(service: WorkflowService, queries: WorkflowQueries) {
  return {
    'workflow.get': (input, ctx) => queries.get(input.entryId, stepLimitsOf(ctx)),
    'workflow.step': (input, ctx) => {
      service.record(input, actorOf(ctx), stepLimitsOf(ctx));
      return queries.get(input.entryId, stepLimitsOf(ctx));
    },
    'workflow.todo': (input, ctx) => queries.todo(input, scopeOf(ctx)),
    'workflow.todoList': (input, ctx) => queries.todoList(input, scopeOf(ctx)),
    'workflow.getSettings': () => service.getSettings(),
    'workflow.saveSettings': (input, ctx) => service.saveSettings(input, actorOf(ctx)),
    'workflow.followUp': (input) => queries.followUp(input),
    'workflow.handlingTally': (input) => queries.handlingTally(input),
  } satisfies PartialHandlers;
}
