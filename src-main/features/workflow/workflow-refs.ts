/**
 * Resolves the units and people a step names to directory rows: by id (autocomplete) or by name as
 * typed (folded; a unit also by its short name). An unknown name is NotFound with code
 * DIRECTORY_UNKNOWN, so the UI can offer to add it; an inactive entry or an ambiguous name is refused.
 */
import type { PartyRef, PartyRefInput } from '../../../src-shared/contracts/workflow.contract';
import { foldVietnamese } from '../../../src-shared/domain';
import { appError, type AppError } from '../../../src-shared/rpc/errors';
import type { DirectoryRepo } from '../directory/directory.repo';

/** The role a directory entry plays in a step: a code of the `workflowRole` words (src-shared/rpc/error-texts/words.ts). */
export type WorkflowRole =
  | 'leader'
  | 'directingLeader'
  | 'chuTri'
  | 'phoiHop'
  | 'deBiet'
  | 'unitDeadline'
  | 'recipients'
  | 'unitLeader'
  | 'assignee'
  | 'extensionDecider';

export function createRefResolver(repo: DirectoryRepo) {
  function unknown(kind: 'unit' | 'person', name: string, field: string, label: WorkflowRole): AppError {
    const details = { code: 'DIRECTORY_UNKNOWN', refKind: kind, name, field };
    return kind === 'unit'
      ? appError('workflow.unknownUnit', { label, name }, details)
      : appError('workflow.unknownPerson', { label, name }, details);
  }

  function resolve(ref: PartyRefInput, field: string, label: WorkflowRole): PartyRef {
    const id = ref.id?.trim();
    if (id) {
      const row = ref.kind === 'unit' ? repo.unitById(id) : repo.personById(id);
      if (!row) throw unknown(ref.kind, ref.name?.trim() || id, field, label);
      const name = 'full_name' in row ? row.full_name : row.name;
      if (row.active !== 1)
        throw ref.kind === 'unit'
          ? appError('workflow.inactiveUnit', { label, name }, { field })
          : appError('workflow.inactivePerson', { label, name }, { field });
      return { kind: ref.kind, id: row.id, name };
    }
    const name = (ref.name ?? '').normalize('NFC').trim();
    const key = foldVietnamese(name);
    const rows =
      ref.kind === 'unit'
        ? repo
            .unitsByKey(key)
            .filter((u) => u.active === 1)
            .map((u) => ({ id: u.id, name: u.name }))
        : repo
            .peopleByKey(key)
            .filter((p) => p.active === 1)
            .map((p) => ({ id: p.id, name: p.full_name }));
    if (rows.length === 0) throw unknown(ref.kind, name, field, label);
    if (rows.length > 1) {
      const details = { field, candidates: rows.map((r) => r.id) };
      throw ref.kind === 'unit'
        ? appError('workflow.ambiguousUnit', { label, count: rows.length, name }, details)
        : appError('workflow.ambiguousPerson', { label, count: rows.length, name }, details);
    }
    return { kind: ref.kind, id: rows[0]!.id, name: rows[0]!.name };
  }

  return {
    resolve,
    resolveAll(refs: readonly PartyRefInput[], field: string, label: WorkflowRole): PartyRef[] {
      const out: PartyRef[] = [];
      refs.forEach((r, i) => {
        const x = resolve(r, `${field}[${i}]`, label);
        if (!out.some((y) => y.kind === x.kind && y.id === x.id)) out.push(x);
      });
      return out;
    },
  };
}
