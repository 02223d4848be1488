/**
 * Document types an agency adds itself. Invariants (document-types.contract.ts): an abbreviation
 * never collides with a built-in of the same system nor with another active type of that system;
 * a name never repeats a built-in or another active type; a type is never deleted, only disabled;
 * an abbreviation already printed in a number is never changed; every change is audited in the
 * same transaction, so a refusal writes nothing.
 */
import type { CustomDocumentType } from '../../../src-shared/contracts/document-types.contract';
import { builtInAbbreviationOwner, builtInKindNamed, foldVietnamese, toVnIso, type DocumentKind } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';

interface TypeRow {
  code: string;
  name: string;
  abbreviation: string | null;
  system: 'state' | 'party';
  for_incoming: number;
  for_outgoing: number;
  disabled_at: string | null;
  created_at: string;
}

const toType = (r: TypeRow): CustomDocumentType => ({
  code: r.code,
  name: r.name,
  abbreviation: r.abbreviation,
  system: r.system,
  incoming: r.for_incoming === 1,
  outgoing: r.for_outgoing === 1,
  disabled: r.disabled_at !== null,
  createdAt: r.created_at,
});

/** The picker's and the register's view of an agency type. */
export function toCustomKind(t: CustomDocumentType): DocumentKind {
  return {
    code: t.code,
    name: t.name,
    abbreviation: t.abbreviation,
    group: 'custom',
    system: t.system,
    incoming: t.incoming,
    outgoing: t.outgoing,
    disabled: t.disabled,
  };
}

/** "x-" and the folded name as an ASCII slug ("Sổ tay" → "x-so-tay"). */
function slugOf(name: string): string {
  const slug = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `x-${slug || 'loai'}`;
}

export interface AddTypeInput {
  name: string;
  abbreviation: string | null;
  system: 'state' | 'party';
  incoming: boolean;
  outgoing: boolean;
}

export interface UpdateTypeInput {
  code: string;
  name?: string | undefined;
  abbreviation?: string | null | undefined;
  incoming?: boolean | undefined;
  outgoing?: boolean | undefined;
  disabled?: boolean | undefined;
}

export function createDocumentTypesService(deps: { sqlite: Sqlite; audit: AuditService; clock: Clock }) {
  const { sqlite } = deps;
  const all = (): TypeRow[] => sqlite.prepare('SELECT * FROM custom_document_type ORDER BY created_at, code').all() as TypeRow[];

  /** Refuses a name or abbreviation another type (built-in or active, same system) already has. */
  function refuseCollisions(t: { code?: string; name: string; abbreviation: string | null; system: 'state' | 'party' }): void {
    const builtIn = builtInKindNamed(t.name);
    if (builtIn) {
      throw appError('agency.typeBuiltIn', { name: t.name, builtIn: builtIn.name }, { field: 'name' });
    }
    const others = all().filter((r) => r.code !== t.code && r.disabled_at === null);
    const sameName = others.find((r) => foldVietnamese(r.name) === foldVietnamese(t.name));
    if (sameName) throw appError('agency.typeSameName', { name: sameName.name }, { field: 'name' });
    if (t.abbreviation === null) return;
    const owner = builtInAbbreviationOwner(t.abbreviation, t.system);
    if (owner) {
      const params = {
        abbreviation: t.abbreviation,
        owner: `${owner.name}${owner.abbreviation && owner.abbreviation !== t.abbreviation ? ` (${owner.abbreviation})` : ''}`,
      };
      const details = { field: 'abbreviation', owner: owner.code };
      throw t.system === 'state'
        ? appError('agency.abbreviationBuiltInState', params, details)
        : appError('agency.abbreviationBuiltInParty', params, details);
    }
    const upper = t.abbreviation.toUpperCase();
    const clash = others.find((r) => r.system === t.system && r.abbreviation !== null && r.abbreviation.toUpperCase() === upper);
    if (clash) {
      throw appError('agency.abbreviationTaken', { abbreviation: t.abbreviation, name: clash.name }, { field: 'abbreviation' });
    }
  }

  return {
    list(): CustomDocumentType[] {
      return all().map(toType);
    },

    /** Active types as the register resolves them (disabled ones are not offered for new entries). */
    activeKinds(): DocumentKind[] {
      return all()
        .filter((r) => r.disabled_at === null)
        .map((r) => toCustomKind(toType(r)));
    },

    add(input: AddTypeInput, actor: string): CustomDocumentType {
      return sqlite
        .transaction(() => {
          refuseCollisions(input);
          const base = slugOf(input.name);
          let code = base;
          for (let i = 2; sqlite.prepare('SELECT 1 FROM custom_document_type WHERE code = ?').get(code); i++) code = `${base}-${i}`;
          const at = toVnIso(deps.clock.now());
          sqlite
            .prepare(
              `INSERT INTO custom_document_type (code, name, abbreviation, system, for_incoming, for_outgoing, disabled_at, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
            )
            .run(code, input.name, input.abbreviation, input.system, input.incoming ? 1 : 0, input.outgoing ? 1 : 0, at, at);
          deps.audit.append({ actor, action: 'agency.typeAdded', entityType: 'custom_document_type', entityId: code, data: { ...input } });
          return toType(sqlite.prepare('SELECT * FROM custom_document_type WHERE code = ?').get(code) as TypeRow);
        })
        .immediate();
    },

    update(input: UpdateTypeInput, actor: string): CustomDocumentType {
      return sqlite
        .transaction(() => {
          const row = sqlite.prepare('SELECT * FROM custom_document_type WHERE code = ?').get(input.code) as TypeRow | undefined;
          if (!row) throw appError('agency.typeNotFound', { code: input.code }, { field: 'code' });
          const next = {
            name: input.name ?? row.name,
            abbreviation: input.abbreviation === undefined ? row.abbreviation : input.abbreviation,
            incoming: input.incoming ?? row.for_incoming === 1,
            outgoing: input.outgoing ?? row.for_outgoing === 1,
            disabled: input.disabled ?? row.disabled_at !== null,
          };
          if (!next.incoming && !next.outgoing) {
            throw appError('agency.typeNoDirection', undefined, { field: 'incoming' });
          }
          if (next.abbreviation !== row.abbreviation) {
            const used = sqlite
              .prepare(`SELECT COUNT(*) AS n FROM register_entry WHERE type_code = ? AND direction = 'di'`)
              .get(row.code) as {
              n: number;
            };
            if (used.n > 0) {
              throw appError(
                'agency.abbreviationUsed',
                { name: row.name, count: used.n, abbreviation: row.abbreviation ?? '' },
                { field: 'abbreviation' },
              );
            }
          }
          if (!next.disabled) refuseCollisions({ code: row.code, name: next.name, abbreviation: next.abbreviation, system: row.system });
          const at = toVnIso(deps.clock.now());
          sqlite
            .prepare(
              `UPDATE custom_document_type SET name = ?, abbreviation = ?, for_incoming = ?, for_outgoing = ?, disabled_at = ?, updated_at = ? WHERE code = ?`,
            )
            .run(
              next.name,
              next.abbreviation,
              next.incoming ? 1 : 0,
              next.outgoing ? 1 : 0,
              next.disabled ? (row.disabled_at ?? at) : null,
              at,
              row.code,
            );
          const action =
            next.disabled !== (row.disabled_at !== null)
              ? next.disabled
                ? 'agency.typeDisabled'
                : 'agency.typeEnabled'
              : 'agency.typeChanged';
          deps.audit.append({
            actor,
            action,
            entityType: 'custom_document_type',
            entityId: row.code,
            data: { from: toType(row), to: next },
          });
          return toType(sqlite.prepare('SELECT * FROM custom_document_type WHERE code = ?').get(row.code) as TypeRow);
        })
        .immediate();
    },
  };
}

export type DocumentTypesService = ReturnType<typeof createDocumentTypesService>;
