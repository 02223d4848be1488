/**
 * Wiring of the post book and envelopes for the composition root: the register is read through its
 * repo and mapper (outgoing entries of a period, one entry), the exchange through its read-only
 * `hubDeliveriesOf`, and the PDFs are laid out by the books feature's renderer and fonts.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { shippedDir } from '../../core/shipped-paths';
import type { Sqlite } from '../../db/open';
import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { AuditService } from '../audit/audit.service';
import type { RenderBookFn } from '../books/locked-volumes';
import { createOutputStore, type ScanOutput } from '../books/output-store';
import { createFontSource } from '../books/pdf/fonts';
import type { FileStore } from '../files/file-store';
import type { FilesRepo } from '../files/files.repo';
import { toEntry } from '../register/register-mapper';
import type { RegisterRepo } from '../register/register.repo';
import { createPostRepo } from './post.repo';
import { createPostService } from './post.service';

function resourcesDir(): string | null {
  try {
    return shippedDir('resources');
  } catch {
    return null;
  }
}

/** Outgoing entries of a period are read in pages of this many. */
const PAGE = 5_000;

export function createPostModule(d: {
  sqlite: Sqlite;
  registerRepo: RegisterRepo;
  hubDeliveriesOf: (entry: RegisterEntry) => { organId: string; organName: string }[];
  agency: () => AgencyProfile | null;
  fileStore: FileStore;
  /** Antivirus on every output before it is stored (books, reports, exports). */
  scanOutput?: ScanOutput | undefined;
  filesRepo: FilesRepo;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  renderBook?: RenderBookFn;
}) {
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
    fonts: createFontSource({ resourcesDir: resourcesDir() }),
    output: createOutputStore({ store: d.fileStore, filesRepo: d.filesRepo, clock: d.clock, scan: d.scanOutput }),
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
