/**
 * audit.verify off the main thread: the worker opens its own read-only connection to the same
 * database file and walks the chain inside one read transaction (one consistent snapshot while
 * other processes append), reporting progress that the main thread turns into audit.progressed.
 */
import Database from 'better-sqlite3';
import type { AuditVerifyResult } from '../../../src-shared/contracts/audit.contract';
import { systemClock } from '../../core/clock';
import { silentLogger, type Logger } from '../../core/logger';
import type { TaskContext } from '../../core/worker/task-runner';
import type { EventBus } from '../../rpc/events';
import { createAuditRepo } from './audit.repo';
import { createAuditService } from './audit.service';

/** The task itself (runs in the worker, or inline): same walk as AuditService.verify. */
export async function verifyAuditFile(input: { dbFile: string }, ctx: TaskContext): Promise<AuditVerifyResult> {
  const db = new Database(input.dbFile, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const audit = createAuditService({ repo: createAuditRepo(db), clock: systemClock, logger: silentLogger });
    return db.transaction(() => audit.verify((d, t) => ctx.progress(d, t))).deferred();
  } finally {
    db.close();
  }
}

export function createAuditVerifier(deps: {
  dbFile: string;
  run: (input: { dbFile: string }, onProgress: (done: number, total: number) => void) => Promise<AuditVerifyResult>;
  logger: Logger;
  events?: EventBus | undefined;
}) {
  return async (): Promise<AuditVerifyResult> => {
    const r = await deps.run({ dbFile: deps.dbFile }, (done, total) => deps.events?.emit('audit.progressed', { done, total }));
    if (!r.ok) deps.logger.warn('audit chain broken', { seq: r.firstBadSeq, problem: r.problem });
    return r;
  };
}
