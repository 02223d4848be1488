import type { AuditVerifyResult } from '../../../src-shared/contracts/audit.contract';
import type { PartialHandlers } from '../../rpc/router';

export function auditHandlers(verify: () => Promise<AuditVerifyResult>) {
  return {
    // Runs in the long-work worker on its own read transaction (see audit-verify.ts).
    'audit.verify': () => verify(),
  } satisfies PartialHandlers;
}
