import type { Revision, SigningRole } from '../../../../src-shared/contracts/signing.contract';
import type { Sqlite } from '../../../db/open';

interface RevisionRow {
  seq: number;
  entry_id: string;
  sha256: string;
  parent_sha256: string;
  role: SigningRole;
  field_name: string;
  signer: string;
  organization: string;
  signing_time: string;
  level: 'B-B' | 'B-T';
  number_stamped: number;
  created_at: string;
  created_by: string;
}

export type NewRevision = Omit<Revision, 'seq'>;

const toRevision = (r: RevisionRow): Revision => ({
  seq: r.seq,
  entryId: r.entry_id,
  sha256: r.sha256,
  parentSha256: r.parent_sha256,
  role: r.role,
  fieldName: r.field_name,
  signer: r.signer,
  organization: r.organization,
  signingTime: r.signing_time,
  level: r.level,
  numberStamped: r.number_stamped === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** `register_entry_revision` (schema/signing.ts): insert-only, read by entry. */
export function createRevisionRepo(sqlite: Sqlite) {
  const byEntry = sqlite.prepare<[string], RevisionRow>('SELECT * FROM register_entry_revision WHERE entry_id = ? ORDER BY seq');
  const latest = sqlite.prepare<[string], RevisionRow>(
    'SELECT * FROM register_entry_revision WHERE entry_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const insert = sqlite.prepare(
    `INSERT INTO register_entry_revision
       (entry_id, sha256, parent_sha256, role, field_name, signer, organization, signing_time, level, number_stamped, created_at, created_by)
     VALUES (@entry_id, @sha256, @parent_sha256, @role, @field_name, @signer, @organization, @signing_time, @level, @number_stamped, @created_at, @created_by)`,
  );
  return {
    byEntry: (entryId: string): Revision[] => byEntry.all(entryId).map(toRevision),
    latest: (entryId: string): Revision | undefined => {
      const r = latest.get(entryId);
      return r ? toRevision(r) : undefined;
    },
    insert(r: NewRevision): Revision {
      const info = insert.run({
        entry_id: r.entryId,
        sha256: r.sha256,
        parent_sha256: r.parentSha256,
        role: r.role,
        field_name: r.fieldName,
        signer: r.signer,
        organization: r.organization,
        signing_time: r.signingTime,
        level: r.level,
        number_stamped: r.numberStamped ? 1 : 0,
        created_at: r.createdAt,
        created_by: r.createdBy,
      });
      return { ...r, seq: Number(info.lastInsertRowid) };
    },
  };
}

export type RevisionRepo = ReturnType<typeof createRevisionRepo>;
