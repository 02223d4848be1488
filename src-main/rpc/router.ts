import { z } from 'zod';
import { operationsByName, type Operation, type OperationByName, type OperationName } from '../../src-shared/contracts';
import { LOCAL_TRANSPORTS, type OutputOf, type ParsedInputOf, type Transport } from '../../src-shared/rpc/define';
import { fail, ok, type Envelope } from '../../src-shared/rpc/envelope';
import { fillFieldSummary, type FieldIssue } from '../../src-shared/rpc/error-texts/fill';
import { AppError, appError, keyedText, type AppErrorData, type ErrorParams } from '../../src-shared/rpc/errors';
import type { Role } from '../../src-shared/contracts/accounts.contract';
import { keyOfInputText } from '../../src-shared/contracts/input-text';
import { permissionOf, type OperationPermission } from '../../src-shared/contracts/permissions';
import { newCorrelationId } from '../core/ids';
import type { Logger } from '../core/logger';

export type { Transport };

/** The session a transport holds for its caller (a browser cookie, a window, one command run); the id never leaves main. */
export interface SessionSlot {
  id: string | null;
}

/** The signed-in person, as the router hands it to handlers once the permission check passed. */
export interface SignedIn {
  id: string;
  username: string;
  fullName: string;
  roles: readonly Role[];
  unitId: string | null;
  personId: string | null;
  /** văn thư, lãnh đạo: every register entry; otherwise only what entry_access gives them. */
  seesAllEntries: boolean;
}

export interface CallContext {
  transport: Transport;
  session?: SessionSlot;
  /** Set by the router after the permission check; absent when the data folder has no accounts. */
  account?: SignedIn;
}

/**
 * The one authorisation check, asked by the router for every call: `admit` before the input is read
 * (who, which capability), `admitInput` after (the entry or file named must be visible). Both throw an
 * AppError (Unauthenticated, Forbidden, NotFound) to refuse.
 */
export interface Gate {
  admit(name: string, permission: OperationPermission, ctx: CallContext): CallContext;
  admitInput(permission: OperationPermission, input: Record<string, unknown>, ctx: CallContext): void;
}

export type Handler<D> = (input: ParsedInputOf<D>, ctx: CallContext) => OutputOf<D> | Promise<OutputOf<D>>;
export type HandlerMap = { [N in OperationName]: Handler<OperationByName<N>> };
export type PartialHandlers = Partial<HandlerMap>;

export interface Router {
  /** Never throws: unknown name -> NotFound, bad input -> Validation, any failure -> an error envelope. */
  call(name: string, input: unknown, ctx: CallContext): Promise<Envelope<unknown>>;
}

/**
 * Turns zod issues into one Vietnamese sentence naming each field, plus per-field details: data
 * `via` an operation's input (`send`), a correction of one field (`correct`), or a handler's own
 * check (`handler`), named by `name`. An issue whose check gave its key (`params.key` and
 * `params.params`, as register-fields.contract.ts does), or whose message a contract worded from a
 * key (contracts/input-text.ts), keeps it in its field, so the window words
 * the summary in its language (src-renderer/i18n/error-text.ts).
 */
export function validationError(error: z.ZodError, via: 'send' | 'correct' | 'handler', name: string): AppError {
  const fields = error.issues.map((issue): FieldIssue => {
    const f: FieldIssue = { field: issue.path.map(String).join('.') || '(toàn bộ)', message: issue.message };
    // A custom issue carries its key; a built-in check's message is looked up among the contracts' keyed texts.
    const keyed = (issue as { params?: { key?: unknown; params?: ErrorParams } }).params ?? keyOfInputText(issue.message);
    if (typeof keyed?.key === 'string') {
      f.code = keyed.key;
      if (keyed.params !== undefined) f.params = keyed.params;
    }
    return f;
  });
  const summary = fillFieldSummary(fields, (f) => f.message);
  // `what` is no text's param any more; kept because CLI --json and log readers were given it (router.test).
  const what = via === 'send' ? `gửi cho ${name}` : via === 'correct' ? `đính chính ${name}` : name;
  return appError('rpc.invalidInput', { what, via, name, summary }, { fields });
}

/**
 * An unexpected failure as the clerk sees it: kind Internal, and a message ending with
 * "(mã lỗi <id>)" — the same id as the log line that holds the stack, so support finds it.
 */
function internalError(id: string, name: string, error?: string): AppErrorData {
  const err = error === undefined ? appError('rpc.badOutput', { name, id }) : appError('rpc.internal', { name, error, id });
  return { ...err.toData(), details: { correlationId: id } };
}

/**
 * The transport check every call goes through before its input is read: an operation closed to this
 * transport, or a path field filled from a window, is refused by name. Exported for the tests.
 */
export function transportRefusal(op: Operation, input: unknown, transport: Transport): AppError | null {
  const local = (LOCAL_TRANSPORTS as readonly Transport[]).includes(transport);
  if (!op.transports.includes(transport)) {
    // Codes of the transport words (error-texts/words.ts), so each language names them.
    const isLocalSet = op.transports.length === LOCAL_TRANSPORTS.length && LOCAL_TRANSPORTS.every((t) => op.transports.includes(t));
    const allowed = isLocalSet ? 'local' : op.transports.join(',');
    return appError(
      'rpc.wrongTransport',
      { name: op.name, transport, allowed, why: local ? 'local' : 'window' },
      {
        operation: op.name,
        transport,
        allowed: op.transports,
      },
    );
  }
  if (!local && op.pathFields.length > 0 && typeof input === 'object' && input !== null) {
    const given = op.pathFields.filter((f) => (input as Record<string, unknown>)[f] !== undefined);
    if (given.length > 0) {
      return appError(
        'rpc.pathFromWindow',
        { transport, fields: given.join(', '), name: op.name },
        {
          operation: op.name,
          transport,
          field: given[0],
          fields: given.map((field) => ({ field, ...keyedText('rpc.pathField') })),
        },
      );
    }
  }
  return null;
}

export function createRouter(handlers: HandlerMap, logger: Logger, gate?: Gate): Router {
  for (const name of operationsByName.keys()) {
    if (typeof (handlers as Record<string, unknown>)[name] !== 'function') {
      throw new Error(`no handler for operation ${name}`);
    }
  }
  const log = logger.child('rpc');

  return {
    async call(name, input, ctx) {
      const op = operationsByName.get(name) as Operation | undefined;
      if (!op) return fail(appError('rpc.unknownOperation', { name }, { name }).toData());
      const refused = transportRefusal(op, input, ctx.transport);
      if (refused) {
        log.warn('call refused for this transport', { name, transport: ctx.transport });
        return fail(refused.toData());
      }
      // Deny by default: an operation nobody declared a permission for is refused, accounts or not.
      const permission = permissionOf(name);
      if (!permission) {
        log.error('operation without a declared permission refused', { name });
        return fail(appError('rpc.noPermissionDeclared', { name }, { operation: name }).toData());
      }
      let callCtx = ctx;
      if (gate && ctx.transport !== 'direct') {
        try {
          callCtx = gate.admit(name, permission, ctx);
        } catch (err) {
          if (err instanceof AppError) {
            log.info('call refused by permission', { name, kind: err.kind, transport: ctx.transport });
            return fail(err.toData());
          }
          throw err;
        }
      }
      const parsed = op.input.safeParse(input ?? {});
      if (!parsed.success) return fail(validationError(parsed.error, 'send', name).toData());
      const started = Date.now();
      try {
        if (gate && callCtx.account) gate.admitInput(permission, parsed.data as Record<string, unknown>, callCtx);
        const handler = (handlers as Record<string, (i: unknown, c: CallContext) => unknown>)[name]!;
        const result = await handler(parsed.data, callCtx);
        const out = op.output.safeParse(result);
        if (!out.success) {
          const correlationId = newCorrelationId();
          log.error('handler returned data outside its contract', { name, correlationId, issues: out.error.issues.slice(0, 5) });
          return fail(internalError(correlationId, name));
        }
        log.debug('call', { name, transport: ctx.transport, user: callCtx.account?.username, ms: Date.now() - started });
        return ok(out.data);
      } catch (err) {
        if (err instanceof AppError && err.kind !== 'Internal') {
          log.info('call refused', { name, kind: err.kind, message: err.message });
          return fail(err.toData());
        }
        if (err instanceof z.ZodError) return fail(validationError(err, 'handler', name).toData());
        const correlationId = newCorrelationId();
        // An Internal AppError carried from a worker thread holds the worker's stack in its details.
        const workerStack = err instanceof AppError && typeof err.details?.stack === 'string' ? err.details.stack : undefined;
        log.error('call failed', {
          name,
          correlationId,
          input: op.sensitive ? '[redacted]' : input,
          error: workerStack ?? (err as Error).stack ?? String(err),
        });
        return fail(internalError(correlationId, name, (err as Error).message));
      }
    },
  };
}
