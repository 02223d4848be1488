import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import { scopeOf } from '../accounts/permission.service';
import type { RegisterQueries } from './register-queries';
import type { RegisterService } from './register.service';

export function registerHandlers(service: RegisterService, queries: RegisterQueries) {
  return {
    'register.addIncoming': (input, ctx) => service.addIncoming(input, actorOf(ctx)),
    'register.addOutgoing': (input, ctx) => service.addOutgoing(input, actorOf(ctx), ctx.account?.id ?? null),
    'register.preview': (input) => service.preview(input.Direction, input.Record),
    'register.list': (input, ctx) => queries.list(input, scopeOf(ctx)),
    'register.search': (input, ctx) => queries.search(input, scopeOf(ctx)),
    'register.get': (input, ctx) => service.get(input.id, actorOf(ctx)),
    'register.cancelOutgoing': (input, ctx) => service.cancelOutgoing(input.id, input.Reason, actorOf(ctx)),
    'register.correct': (input, ctx) => service.correct(input.id, input.changes as Record<string, unknown>, input.Reason, actorOf(ctx)),
    'register.checkDuplicates': (input) => queries.checkDuplicates(input),
    'register.organNames': (input) => queries.organNames(input.prefix, input.limit),
    'register.getSettings': () => service.getSettings(),
    'register.saveSettings': (input, ctx) => service.saveSettings(input, actorOf(ctx)),
  } satisfies PartialHandlers;
}
