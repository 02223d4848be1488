import type { Sqlite } from '../../db/open';

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/** Raw statements: the audit log is appended on every registration and view, and verified in one pass. */
export function createAuditRepo(sqlite: Sqlite) {
  const last = sqlite.prepare<[], Pick<AuditRow, 'seq' | 'hash'>>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = sqlite.prepare<[AuditRow]>(
    `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, data, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @data, @prev_hash, @hash)`,
  );
  const byEntity = sqlite.prepare<[string, string], AuditRow>(
    'SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq',
  );
  const all = sqlite.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq');
  const head = sqlite.prepare<[], { n: number | null }>('SELECT MAX(seq) AS n FROM audit_log');
  const actionSeq = sqlite.prepare<[string, string, string], { seq: number }>(
    'SELECT seq FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action = ? ORDER BY seq LIMIT 1',
  );
  const after = sqlite.prepare<[string, string, number], AuditRow>(
    'SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? AND seq > ? ORDER BY seq',
  );
  return {
    last: (): Pick<AuditRow, 'seq' | 'hash'> | undefined => last.get(),
    insert: (row: AuditRow): void => {
      insert.run(row);
    },
    byEntity: (entityType: string, entityId: string): AuditRow[] => byEntity.all(entityType, entityId),
    iterateAll: (): IterableIterator<AuditRow> => all.iterate(),
    head: (): number => head.get()?.n ?? 0,
    firstSeqOf: (entityType: string, entityId: string, action: string): number | undefined =>
      actionSeq.get(entityType, entityId, action)?.seq,
    byEntityAfter: (entityType: string, entityId: string, afterSeq: number): AuditRow[] => after.all(entityType, entityId, afterSeq),
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
