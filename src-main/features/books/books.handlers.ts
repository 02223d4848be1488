import { appError } from '../../../src-shared/rpc/errors';
import type { CallContext, PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { BooksService } from './books.service';

/**
 * A path on this machine is read only for the CLI (and in-process callers): a window sends the
 * file's bytes instead, so a compromised renderer cannot make the main process read arbitrary files.
 */
function localOnly<T extends { Path?: string | undefined }>(input: T, ctx: CallContext): T {
  if (input.Path !== undefined && ctx.transport !== 'cli' && ctx.transport !== 'direct') {
    throw appError('books.pathFromWindow', undefined, { field: 'Path' });
  }
  return input;
}

export function booksHandlers(service: BooksService) {
  return {
    'books.print': (input, ctx) => service.print(input, actorOf(ctx)),
    'books.volumes': (input) => service.volumes(input.Direction, input.Year, input.Term),
    'books.report': (input) => service.report(input),
    'books.reportPdf': (input) => service.reportPdf(input),
    'books.export': (input) => service.export(input),
    'books.importPreview': (input, ctx) => service.importPreview(localOnly(input, ctx)),
    'books.import': (input, ctx) => service.import(localOnly(input, ctx), actorOf(ctx)),
  } satisfies PartialHandlers;
}
