import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { FilesService } from './files.service';

export function filesHandlers(files: FilesService) {
  return {
    'files.import': (input, ctx) => files.importPath(input.path, actorOf(ctx)),
    'files.importBytes': (input, ctx) => files.importBase64(input.dataBase64, input.fileName ?? null, actorOf(ctx)),
    'files.info': (input) => files.info(input.sha256),
  } satisfies PartialHandlers;
}
