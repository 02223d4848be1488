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
  return {
    last: (): Pick<AuditRow, 'seq' | 'hash'> | undefined => last.get(),
    insert: (row: AuditRow): void => {
      insert.run(row);
    },
    byEntity: (entityType: string, entityId: string): AuditRow[] => byEntity.all(entityType, entityId),
    iterateAll: (): IterableIterator<AuditRow> => all.iterate(),
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
