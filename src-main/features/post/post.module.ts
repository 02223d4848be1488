/**
 * Wiring of the post book and envelopes for the composition root: the register is read through its
 * repo and mapper (outgoing entries of a period, one entry), the exchange through its read-only
 * `hubDeliveriesOf`, and the PDFs are laid out by the books feature's renderer and fonts.
 */
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import { printOutputs, type PrintModuleDeps } from '../books/print-module';
import { toEntry } from '../register/register-mapper';
import type { RegisterRepo } from '../register/register.repo';
import { createPostRepo } from './post.repo';
import { createPostService } from './post.service';

/** Outgoing entries of a period are read in pages of this many. */
const PAGE = 5_000;

export function createPostModule(
  d: PrintModuleDeps & {
    registerRepo: RegisterRepo;
    hubDeliveriesOf: (entry: RegisterEntry) => { organId: string; organName: string }[];
  },
) {
  const service = createPostService({
    ...d,
    repo: createPostRepo(d.sqlite),
    ports: {
      entry: (id) => {
        const row = d.registerRepo.byId(id);
        return row ? toEntry(row) : undefined;
      },
      outgoingBetween(from, to) {
        const out: RegisterEntry[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const rows = d.registerRepo.list({ direction: 'di', status: 'registered', dateFrom: from, dateTo: to }, PAGE, offset);
          out.push(...rows.map(toEntry));
          if (rows.length < PAGE) break;
        }
        return out;
      },
      hubDeliveries: d.hubDeliveriesOf,
    },
    ...printOutputs(d),
  });
  const handlers = {
    'post.list': (input) => service.list(input),
    'post.record': (input, ctx) => service.record(input, actorOf(ctx)),
    'post.printBook': (input, ctx) => service.printBook(input, actorOf(ctx)),
    'post.volumes': (input) => service.volumes(input.Year),
    'post.envelopes': (input) => service.envelopes(input),
  } satisfies PartialHandlers;
  return { handlers };
}
