import {
  PersonInputSchema,
  UnitInputSchema,
  type DirectoryHit,
  type DirectoryPerson,
  type DirectoryUnit,
} from '../../../src-shared/contracts/directory.contract';
import { foldVietnamese, toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { z } from 'zod';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';
import { toPerson, toUnit, type DirectoryRepo, type PersonRow, type UnitRow } from './directory.repo';

type UnitFields = z.output<typeof UnitInputSchema>;
type PersonFields = z.output<typeof PersonInputSchema>;
const ENTITY_UNIT = 'directory_unit';
const ENTITY_PERSON = 'directory_person';

const unitRow = (r: UnitRow): UnitRow => ({
  id: r.id,
  name: r.name,
  name_key: r.name_key,
  short_name: r.short_name,
  short_key: r.short_key,
  parent_id: r.parent_id,
  active: r.active,
  created_at: r.created_at,
  updated_at: r.updated_at,
});
const personRow = (r: PersonRow): PersonRow => ({
  id: r.id,
  full_name: r.full_name,
  name_key: r.name_key,
  position: r.position,
  unit_id: r.unit_id,
  email: r.email,
  phone: r.phone,
  is_leader: r.is_leader,
  active: r.active,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

/** The columns every directory record keeps: whether it is in use, when it was created and last changed. */
const stateColumns = (existing: { created_at: string } | undefined, active: boolean, at: string) => ({
  active: active ? 1 : 0,
  created_at: existing?.created_at ?? at,
  updated_at: at,
});

/**
 * The internal directory. Invariants: ids are UUIDs given once; nothing is deleted; an active
 * unit's name (folded) is unique among active units; a unit is never its own ancestor; a person's
 * unit exists; every change is audited in the same transaction.
 */
export function createDirectoryService(deps: { sqlite: Sqlite; repo: DirectoryRepo; audit: AuditService; clock: Clock; logger: Logger }) {
  const { repo } = deps;
  const now = () => toVnIso(deps.clock.now());
  const tx = <T>(fn: () => T): T => deps.sqlite.transaction(fn).immediate();

  function requireUnit(id: string, field = 'id'): UnitRow & { parent_name: string | null } {
    const u = repo.unitById(id);
    if (!u) throw appError('directory.unitNotFound', { id }, { field, id, code: 'DIRECTORY_UNKNOWN', refKind: 'unit' });
    return u;
  }
  function requirePerson(id: string): PersonRow & { unit_name: string | null } {
    const p = repo.personById(id);
    if (!p) throw appError('directory.personNotFound', { id }, { field: 'id', id, code: 'DIRECTORY_UNKNOWN', refKind: 'person' });
    return p;
  }

  function checkUnit(id: string, f: UnitFields, active: boolean): void {
    const key = foldVietnamese(f.name);
    if (active && repo.unitsByKey(key).some((u) => u.id !== id && u.active === 1 && u.name_key === key))
      throw appError('directory.unitExists', { name: f.name }, { field: 'name' });
    if (f.parentId) {
      if (f.parentId === id) throw appError('directory.parentIsSelf', undefined, { field: 'parentId' });
      let cur: string | null = requireUnit(f.parentId, 'parentId').parent_id;
      for (let guard = 0; cur !== null && guard < 100; guard++) {
        if (cur === id) throw appError('directory.parentIsChild', undefined, { field: 'parentId' });
        cur = repo.unitById(cur)?.parent_id ?? null;
      }
    }
  }

  /** How a kind of record is audited: its entity type, its two actions and the view audited (as the clerk sees it). */
  type Audited<Row> = { entityType: string; add: string; update: string; view: (row: Row) => unknown };
  const UNIT: Audited<UnitRow> = { entityType: ENTITY_UNIT, add: 'directory.addUnit', update: 'directory.updateUnit', view: toUnit };
  const PERSON: Audited<PersonRow> = {
    entityType: ENTITY_PERSON,
    add: 'directory.addPerson',
    update: 'directory.updatePerson',
    view: toPerson,
  };
  /** Writes a record (`save`: its insert or update) and audits it, before and after. */
  function store<Row extends { id: string }>(
    kind: Audited<Row>,
    existing: Row | undefined,
    row: Row,
    actor: string,
    save: () => void,
  ): Row {
    save();
    deps.audit.append({
      actor,
      action: existing ? kind.update : kind.add,
      entityType: kind.entityType,
      entityId: row.id,
      data: { before: existing ? kind.view(existing) : null, after: kind.view(row) },
    });
    return row;
  }

  function writeUnit(existing: UnitRow | undefined, id: string, f: UnitFields, active: boolean, actor: string, at: string): UnitRow {
    checkUnit(id, f, active);
    const row: UnitRow = {
      id,
      name: f.name,
      name_key: foldVietnamese(f.name),
      short_name: f.shortName,
      short_key: f.shortName ? foldVietnamese(f.shortName) : null,
      parent_id: f.parentId ?? null,
      ...stateColumns(existing, active, at),
    };
    return store(UNIT, existing, row, actor, () => (existing ? repo.updateUnit(row) : repo.insertUnit(row)));
  }

  function writePerson(
    existing: PersonRow | undefined,
    id: string,
    f: PersonFields,
    active: boolean,
    actor: string,
    at: string,
  ): PersonRow {
    if (f.unitId) requireUnit(f.unitId, 'unitId');
    const row: PersonRow = {
      id,
      full_name: f.fullName,
      name_key: foldVietnamese(f.fullName),
      position: f.position,
      unit_id: f.unitId ?? null,
      email: f.email,
      phone: f.phone,
      is_leader: f.isLeader ? 1 : 0,
      ...stateColumns(existing, active, at),
    };
    return store(PERSON, existing, row, actor, () => (existing ? repo.updatePerson(row) : repo.insertPerson(row)));
  }

  /**
   * Adding, updating and deactivating a unit or a person: one transaction each, through the kind's
   * write (its checks and audit), answered with the record as read back.
   */
  function lifecycle<F, Row extends { active: number }, Out>(kind: {
    row: (id: string) => Row;
    write: (existing: Row | undefined, id: string, f: F, active: boolean, actor: string, at: string) => unknown;
    out: (id: string) => Out;
    /** The fields a deactivation writes again unchanged. */
    fieldsOf: (row: Row) => F;
  }) {
    return {
      add(f: F, actor: string): Out {
        const id = newId();
        tx(() => kind.write(undefined, id, f, true, actor, now()));
        return kind.out(id);
      },
      update(f: F & { id: string; active?: boolean | undefined }, actor: string): Out {
        tx(() => {
          const existing = kind.row(f.id);
          kind.write(existing, f.id, f, f.active ?? existing.active === 1, actor, now());
        });
        return kind.out(f.id);
      },
      deactivate(id: string, actor: string): Out {
        tx(() => {
          const e = kind.row(id);
          if (e.active === 0) return;
          kind.write(e, id, kind.fieldsOf(e), false, actor, now());
        });
        return kind.out(id);
      },
    };
  }
  const units = lifecycle<UnitFields, UnitRow, DirectoryUnit>({
    row: (id) => unitRow(requireUnit(id)),
    write: writeUnit,
    out: (id) => toUnit(requireUnit(id)),
    fieldsOf: (e) => ({ name: e.name, shortName: e.short_name, parentId: e.parent_id }),
  });
  const people = lifecycle<PersonFields, PersonRow, DirectoryPerson>({
    row: (id) => personRow(requirePerson(id)),
    write: writePerson,
    out: (id) => toPerson(requirePerson(id)),
    fieldsOf: (e) => ({
      fullName: e.full_name,
      position: e.position,
      unitId: e.unit_id,
      email: e.email,
      phone: e.phone,
      isLeader: e.is_leader === 1,
    }),
  });

  return {
    listUnits(q: { query?: string | undefined; includeInactive: boolean; limit: number; offset: number }) {
      const r = repo.listUnits({
        key: foldVietnamese(q.query ?? ''),
        includeInactive: q.includeInactive,
        limit: q.limit,
        offset: q.offset,
      });
      return { total: r.total, items: r.rows.map(toUnit) };
    },
    listPeople(q: {
      query?: string | undefined;
      includeInactive: boolean;
      unitId?: string | undefined;
      leadersOnly: boolean;
      limit: number;
      offset: number;
    }) {
      const r = repo.listPeople({
        key: foldVietnamese(q.query ?? ''),
        includeInactive: q.includeInactive,
        unitId: q.unitId ?? null,
        leadersOnly: q.leadersOnly,
        limit: q.limit,
        offset: q.offset,
      });
      return { total: r.total, items: r.rows.map(toPerson) };
    },
    /** Autocomplete: active entries whose folded name (or unit short name) has a word starting with the query; exact first. */
    search(q: { query: string; kinds: ('unit' | 'person')[]; leadersOnly: boolean; limit: number }): { items: DirectoryHit[] } {
      const key = foldVietnamese(q.query);
      const hits: (DirectoryHit & { rank: number })[] = [];
      if (q.kinds.includes('unit') && !q.leadersOnly) {
        for (const u of repo.listUnits({ key, includeInactive: false, limit: q.limit, offset: 0 }).rows) {
          const exact = u.name_key === key || u.short_key === key;
          hits.push({ kind: 'unit', id: u.id, name: u.name, detail: u.short_name, isLeader: false, active: true, rank: exact ? 0 : 1 });
        }
      }
      if (q.kinds.includes('person')) {
        const r = repo.listPeople({ key, includeInactive: false, unitId: null, leadersOnly: q.leadersOnly, limit: q.limit, offset: 0 });
        for (const p of r.rows) {
          const detail = [p.position, p.unit_name].filter(Boolean).join(' — ') || null;
          hits.push({
            kind: 'person',
            id: p.id,
            name: p.full_name,
            detail,
            isLeader: p.is_leader === 1,
            active: true,
            rank: p.name_key === key ? 0 : 1,
          });
        }
      }
      hits.sort((a, b) => a.rank - b.rank || foldVietnamese(a.name).localeCompare(foldVietnamese(b.name)));
      return { items: hits.slice(0, q.limit).map(({ rank: _rank, ...h }) => h) };
    },

    addUnit: units.add,
    updateUnit: units.update,
    deactivateUnit: units.deactivate,
    addPerson: people.add,
    updatePerson: people.update,
    deactivatePerson: people.deactivate,

    /** Used by import: the same checks and audit, inside the caller's transaction. */
    internal: { writeUnit, writePerson, unitRow, personRow, tx, now },
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
