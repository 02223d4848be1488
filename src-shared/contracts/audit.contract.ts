/**
 * The audit log: every registration, cancellation, correction and view of a document is an
 * append-only entry whose hash chains to the previous one (hash = sha256(prevHash + canonical
 * JSON)). `audit.verify` recomputes the chain and names the first entry that was edited, removed
 * or inserted out of order.
 */
import { z } from 'zod';
import { defineEvent, defineOperation } from '../rpc/define';

export const AuditVerifyResultSchema = z.object({
  ok: z.boolean(),
  /** Entries checked. */
  count: z.number().int(),
  /** Sequence number of the first bad entry (for a removed entry: the missing number), or null. */
  firstBadSeq: z.number().int().nullable(),
  /** What is wrong with it, in Vietnamese; null when ok. */
  problem: z.string().nullable(),
  /** Hash of the last entry: print it in the register book or keep it with a backup as an anchor. */
  headHash: z.string().nullable(),
});
export type AuditVerifyResult = z.output<typeof AuditVerifyResultSchema>;

export const auditVerify = defineOperation({
  name: 'audit.verify',
  kind: 'query',
  input: z.object({}).strict(),
  output: AuditVerifyResultSchema,
  summary: 'Recomputes the audit hash chain; reports the first edited or removed entry.',
});

export const auditOperations = [auditVerify] as const;

export const auditProgressed = defineEvent({
  name: 'audit.progressed',
  payload: z.object({ done: z.number().int(), total: z.number().int() }),
  summary: 'Progress of audit.verify (entries checked of the chain), which runs off the main thread.',
});

export const auditEvents = [auditProgressed] as const;
