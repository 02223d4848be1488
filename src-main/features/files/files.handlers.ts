import { appError } from '../../../src-shared/rpc/errors';
import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { FilesService } from './files.service';
import type { PurgeService } from './purge.service';

export function filesHandlers(files: FilesService, purge: PurgeService) {
  return {
    'files.import': (input, ctx) => files.importPath(input.path, actorOf(ctx)),
    'files.importBytes': (input, ctx) => files.importBase64(input.dataBase64, input.fileName ?? null, actorOf(ctx)),
    'files.info': (input) => files.info(input.sha256),
    'files.purge': (input, ctx) => {
      // The permission table gives purge to the administrator; with no accounts there is nobody to
      // check, so a window may not purge (the command line runs as the machine's own user).
      if ((ctx.transport === 'electron' || ctx.transport === 'http') && !ctx.account) throw appError('files.purgeNeedsAdmin');
      return purge.purge(input.sha256, input.reason, actorOf(ctx));
    },
  } satisfies PartialHandlers;
}
