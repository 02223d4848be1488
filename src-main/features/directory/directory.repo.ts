import type { DirectoryPerson, DirectoryUnit } from '../../../src-shared/contracts/directory.contract';
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';

export interface UnitRow {
  id: string;
  name: string;
  name_key: string;
  short_name: string | null;
  short_key: string | null;
  parent_id: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface PersonRow {
  id: string;
  full_name: string;
  name_key: string;
  position: string | null;
  unit_id: string | null;
  email: string | null;
  phone: string | null;
  is_leader: number;
  active: number;
  created_at: string;
  updated_at: string;
}

const UNIT_SELECT = `SELECT u.*, p.name AS parent_name FROM directory_unit u LEFT JOIN directory_unit p ON p.id = u.parent_id`;
const PERSON_SELECT = `SELECT p.*, u.name AS unit_name FROM directory_person p LEFT JOIN directory_unit u ON u.id = p.unit_id`;

/** What every directory record says of itself besides its fields: in use or not, created, last changed. */
const recordState = (r: { active: number; created_at: string; updated_at: string }) => ({
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function toUnit(r: UnitRow & { parent_name?: string | null }): DirectoryUnit {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    parentId: r.parent_id,
    parentName: r.parent_name ?? null,
    ...recordState(r),
  };
}

export function toPerson(r: PersonRow & { unit_name?: string | null }): DirectoryPerson {
  return {
    id: r.id,
    fullName: r.full_name,
    position: r.position,
    unitId: r.unit_id,
    unitName: r.unit_name ?? null,
    email: r.email,
    phone: r.phone,
    isLeader: r.is_leader === 1,
    ...recordState(r),
  };
}

/** LIKE pattern for "a word of the folded text starts with q" (q is folded ASCII, escaped). */
function wordPrefix(q: string): { start: string; inner: string } {
  const esc = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { start: `${esc}%`, inner: `% ${esc}%` };
}

export function createDirectoryRepo(sqlite: Sqlite) {
  const st = statementCache(sqlite);
  return {
    unitById: (id: string) => st(`${UNIT_SELECT} WHERE u.id = ?`).get(id) as (UnitRow & { parent_name: string | null }) | undefined,
    personById: (id: string) => st(`${PERSON_SELECT} WHERE p.id = ?`).get(id) as (PersonRow & { unit_name: string | null }) | undefined,
    unitsByKey: (key: string) =>
      st(`SELECT * FROM directory_unit WHERE name_key = ? OR short_key = ? ORDER BY active DESC`).all(key, key) as UnitRow[],
    peopleByKey: (key: string) => st(`SELECT * FROM directory_person WHERE name_key = ? ORDER BY active DESC`).all(key) as PersonRow[],
    allUnits: () => st(`SELECT * FROM directory_unit`).all() as UnitRow[],
    allPeople: () => st(`${PERSON_SELECT} ORDER BY p.name_key, p.id`).all() as (PersonRow & { unit_name: string | null })[],

    listUnits(q: { key: string; includeInactive: boolean; limit: number; offset: number }) {
      const p = wordPrefix(q.key);
      const where = `(? = '' OR u.name_key LIKE ? ESCAPE '\\' OR u.name_key LIKE ? ESCAPE '\\' OR u.short_key LIKE ? ESCAPE '\\') AND (? OR u.active = 1)`;
      const args = [q.key, p.start, p.inner, p.start, q.includeInactive ? 1 : 0];
      const total = (st(`SELECT count(*) AS n FROM directory_unit u WHERE ${where}`).get(...args) as { n: number }).n;
      const rows = st(`${UNIT_SELECT} WHERE ${where} ORDER BY u.name_key, u.id LIMIT ? OFFSET ?`).all(...args, q.limit, q.offset);
      return { total, rows: rows as (UnitRow & { parent_name: string | null })[] };
    },

    listPeople(q: { key: string; includeInactive: boolean; unitId: string | null; leadersOnly: boolean; limit: number; offset: number }) {
      const p = wordPrefix(q.key);
      const where =
        `(? = '' OR p.name_key LIKE ? ESCAPE '\\' OR p.name_key LIKE ? ESCAPE '\\') AND (? OR p.active = 1)` +
        ` AND (? IS NULL OR p.unit_id = ?) AND (? = 0 OR p.is_leader = 1)`;
      const args = [q.key, p.start, p.inner, q.includeInactive ? 1 : 0, q.unitId, q.unitId, q.leadersOnly ? 1 : 0];
      const total = (st(`SELECT count(*) AS n FROM directory_person p WHERE ${where}`).get(...args) as { n: number }).n;
      const rows = st(`${PERSON_SELECT} WHERE ${where} ORDER BY p.name_key, p.id LIMIT ? OFFSET ?`).all(...args, q.limit, q.offset);
      return { total, rows: rows as (PersonRow & { unit_name: string | null })[] };
    },

    insertUnit(r: UnitRow): void {
      st(
        `INSERT INTO directory_unit (id, name, name_key, short_name, short_key, parent_id, active, created_at, updated_at)
         VALUES (@id, @name, @name_key, @short_name, @short_key, @parent_id, @active, @created_at, @updated_at)`,
      ).run(r);
    },
    updateUnit(r: UnitRow): void {
      st(
        `UPDATE directory_unit SET name = @name, name_key = @name_key, short_name = @short_name, short_key = @short_key,
         parent_id = @parent_id, active = @active, updated_at = @updated_at WHERE id = @id`,
      ).run(r);
    },
    insertPerson(r: PersonRow): void {
      st(
        `INSERT INTO directory_person (id, full_name, name_key, position, unit_id, email, phone, is_leader, active, created_at, updated_at)
         VALUES (@id, @full_name, @name_key, @position, @unit_id, @email, @phone, @is_leader, @active, @created_at, @updated_at)`,
      ).run(r);
    },
    updatePerson(r: PersonRow): void {
      st(
        `UPDATE directory_person SET full_name = @full_name, name_key = @name_key, position = @position, unit_id = @unit_id,
         email = @email, phone = @phone, is_leader = @is_leader, active = @active, updated_at = @updated_at WHERE id = @id`,
      ).run(r);
    },
  };
}

export type DirectoryRepo = ReturnType<typeof createDirectoryRepo>;
