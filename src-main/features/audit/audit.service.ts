import { createHash } from 'node:crypto';
import type { AuditVerifyResult } from '../../../src-shared/contracts/audit.contract';
import { toVnIso } from '../../../src-shared/domain';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { AuditRepo, AuditRow } from './audit.repo';
import { canonicalJson } from './canonical-json';

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const PROGRESS_EVERY = 5000;

export interface AuditEvent {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  action: string;
  data: Record<string, unknown>;
}

function toRecord(r: AuditRow): AuditRecord {
  return { seq: r.seq, at: r.at, actor: r.actor, action: r.action, data: JSON.parse(r.data) as Record<string, unknown> };
}

/** hash = sha256(prevHash + canonical JSON of every other field). `data` is hashed as parsed JSON. */
export function entryHash(prevHash: string, e: Omit<AuditRow, 'prev_hash' | 'hash' | 'data'> & { data: unknown }): string {
  const body = canonicalJson({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    data: e.data,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/**
 * The append-only, hash-chained audit log.
 * Invariant: `append` must run inside the caller's write transaction (BEGIN IMMEDIATE), so the
 * entry commits with the change it describes and two processes can never fork the chain.
 */
export function createAuditService(deps: { repo: AuditRepo; clock: Clock; logger: Logger }) {
  return {
    append(e: AuditEvent): AuditRecord {
      const last = deps.repo.last();
      const seq = (last?.seq ?? 0) + 1;
      const prev = last?.hash ?? GENESIS_HASH;
      const at = toVnIso(deps.clock.now());
      const base = { seq, at, actor: e.actor, action: e.action, entity_type: e.entityType, entity_id: e.entityId };
      const hash = entryHash(prev, { ...base, data: e.data });
      deps.repo.insert({ ...base, data: canonicalJson(e.data), prev_hash: prev, hash });
      return { seq, at, actor: e.actor, action: e.action, data: e.data };
    },

    history(entityType: string, entityId: string): AuditRecord[] {
      return deps.repo.byEntity(entityType, entityId).map(toRecord);
    },

    /** The newest audit position (0 for an empty log). */
    head: (): number => deps.repo.head(),

    /** Position of the first `action` recorded on an entity (0 when there is none). */
    positionOf: (entityType: string, entityId: string, action: string): number => deps.repo.firstSeqOf(entityType, entityId, action) ?? 0,

    /** What was recorded on an entity after a position, oldest first. */
    historyAfter(entityType: string, entityId: string, afterSeq: number): AuditRecord[] {
      return deps.repo.byEntityAfter(entityType, entityId, afterSeq).map(toRecord);
    },

    /**
     * Walks the whole chain once. A removed entry shows as a gap in seq (reported as the missing
     * number); an edited entry as a hash that no longer matches its content; an entry re-hashed
     * after editing as the next entry's prevHash no longer matching.
     */
    verify(onProgress?: (done: number, total: number) => void): AuditVerifyResult {
      const total = deps.repo.last()?.seq ?? 0;
      let expected = 1;
      let prev = GENESIS_HASH;
      let count = 0;
      const bad = (seq: number, problem: string): AuditVerifyResult => {
        deps.logger.warn('audit chain broken', { seq, problem });
        return { ok: false, count, firstBadSeq: seq, problem, headHash: null };
      };
      for (const row of deps.repo.iterateAll()) {
        count++;
        if (row.seq !== expected) {
          return bad(expected, `Mục nhật ký số ${expected} đã bị xóa (sau mục ${expected - 1} là mục ${row.seq}).`);
        }
        if (row.prev_hash !== prev) {
          return bad(row.seq, `Mục nhật ký số ${row.seq} không nối đúng với mục trước: mục ${row.seq - 1} đã bị sửa hoặc thay thế.`);
        }
        let data: unknown;
        try {
          data = JSON.parse(row.data);
        } catch {
          return bad(row.seq, `Mục nhật ký số ${row.seq} có dữ liệu hỏng (không phải JSON).`);
        }
        if (entryHash(prev, { ...row, data }) !== row.hash) {
          return bad(row.seq, `Mục nhật ký số ${row.seq} đã bị sửa: mã băm không khớp với nội dung.`);
        }
        prev = row.hash;
        expected++;
        if (count % PROGRESS_EVERY === 0) onProgress?.(count, total);
      }
      onProgress?.(count, total);
      return { ok: true, count, firstBadSeq: null, problem: null, headHash: count > 0 ? prev : null };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
