import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { FilesService } from './files.service';
import type { PurgeService } from './purge.service';

export function filesHandlers(files: FilesService, purge: PurgeService) {
  return {
    'files.import': (input, ctx) => files.importPath(input.path, actorOf(ctx)),
    'files.importBytes': (input, ctx) => files.importBase64(input.dataBase64, input.fileName ?? null, actorOf(ctx)),
    'files.info': (input) => files.info(input.sha256),
    'files.purge': (input, ctx) => purge.purge(input.sha256, input.reason, actorOf(ctx)),
  } satisfies PartialHandlers;
}
