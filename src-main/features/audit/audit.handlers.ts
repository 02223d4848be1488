import type { Sqlite } from '../../db/open';
import type { PartialHandlers } from '../../rpc/router';
import type { AuditService } from './audit.service';

export function auditHandlers(audit: AuditService, sqlite: Sqlite) {
  return {
    // A read transaction gives verify one consistent snapshot while other processes append.
    'audit.verify': () => sqlite.transaction(() => audit.verify()).deferred(),
  } satisfies PartialHandlers;
}
