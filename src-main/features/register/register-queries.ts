import type { z } from 'zod';
import type { registerCheckDuplicates, registerList, registerSearch } from '../../../src-shared/contracts/register.contract';
import type { TermRef } from '../../../src-shared/contracts/agency.contract';
import type { ParsedInputOf } from '../../../src-shared/rpc/define';
import { foldVietnamese } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import { dupKeyOf, documentIdKey } from './duplicates';
import { toEntry } from './register-mapper';
import { readNumberFields } from './register-input';
import type { RegisterService } from './register.service';
import type { EntryFilters, EntryWithFile, RegisterRepo } from './register.repo';
import { buildMatchQuery } from './search-query';
import type { EntryScope } from '../accounts/permission.service';

type ListInput = ParsedInputOf<typeof registerList>;
type SearchInput = ParsedInputOf<typeof registerSearch>;
type DupInput = ParsedInputOf<typeof registerCheckDuplicates>;
export type RegisterPage = z.output<(typeof registerList)['output']>;

function cursorSeq(cursor: string | null | undefined): number | undefined {
  if (cursor == null || cursor === '') return undefined;
  if (!/^\d{1,15}$/.test(cursor)) throw appError('register.badCursor', undefined, { field: 'cursor' });
  return Number(cursor);
}

/** A Party body's term as a period (PartyTermsService.resolve); refuses a State agency's term. */
export type TermPeriod = (ref: TermRef) => { from: string; to: string };

function filtersOf(input: ListInput | SearchInput, termPeriod: TermPeriod | undefined, scope: EntryScope | null): EntryFilters {
  let dateFrom = input.DateFrom;
  let dateTo = input.DateTo;
  if (input.Term !== undefined) {
    if (!termPeriod) throw appError('register.termPartyOnly', undefined, { field: 'Term' });
    const p = termPeriod(input.Term);
    // The term's dates, narrowed by any dates the clerk gave as well.
    dateFrom = dateFrom && dateFrom > p.from ? dateFrom : p.from;
    dateTo = dateTo && dateTo < p.to ? dateTo : p.to;
  }
  return {
    direction: input.Direction,
    year: input.Year,
    typeCode: input.TypeCode,
    organKey: input.OrganName ? foldVietnamese(input.OrganName) : undefined,
    urgency: input.Priority,
    confidentiality: input.Confidentiality,
    status: input.Status,
    dateFrom,
    dateTo,
    beforeSeq: cursorSeq(input.cursor),
    scope,
  };
}

/** One more row than asked tells whether a next page exists without counting. */
function page(rows: EntryWithFile[], limit: number, total: number | null): RegisterPage {
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(toEntry);
  return { items, nextCursor: more ? String(rows[limit - 1]!.seq) : null, total };
}

/** Read side of the register: lists, search, autocomplete, duplicate look-up. No writes, no audit. */
export function createRegisterQueries(deps: { repo: RegisterRepo; service: RegisterService; termPeriod?: TermPeriod }) {
  const { repo } = deps;
  return {
    /** Newest first. Keyset paging by cursor (stable while others register), or offset for jumps. */
    list(input: ListInput, scope: EntryScope | null = null): RegisterPage {
      const f = filtersOf(input, deps.termPeriod, scope);
      const offset = f.beforeSeq === undefined ? (input.offset ?? 0) : 0;
      const rows = repo.list(f, input.limit + 1, offset);
      const total = input.withTotal ? repo.count({ ...f, beforeSeq: undefined }) : null;
      return page(rows, input.limit, total);
    },

    search(input: SearchInput, scope: EntryScope | null = null): RegisterPage {
      const match = buildMatchQuery(input.q, (p, limit) => repo.termsWithPrefix(p, limit));
      if (match === null) {
        throw appError('register.searchEmpty', undefined, {
          field: 'q',
          fields: [{ field: 'q', message: 'Nhập nội dung cần tìm.' }],
        });
      }
      return page(repo.search(match, filtersOf(input, deps.termPeriod, scope), input.limit + 1), input.limit, null);
    },

    organNames(prefix: string, limit: number) {
      const p = foldVietnamese(prefix);
      if (p.length === 0) return { items: [] };
      return { items: repo.organNames(p, limit).map((r) => ({ OrganName: r.name, uses: r.uses, lastUsedAt: r.last_used_at })) };
    },

    checkDuplicates(input: DupInput) {
      let so: { codeNumber: string | null; codeNotation: string | null; printed?: string | null } = {
        codeNumber: null,
        codeNotation: null,
      };
      if (input.SoKyHieu || input.CodeNumber || input.CodeNotation) {
        so = readNumberFields({ SoKyHieu: input.SoKyHieu, CodeNumber: input.CodeNumber, CodeNotation: input.CodeNotation });
      }
      const dupKey = dupKeyOf({ ...so, organName: input.OrganName, issuedDate: input.IssuedDate });
      return {
        matches: deps.service.findDuplicates(input.Direction, {
          documentId: documentIdKey(input.DocumentId),
          dupKey,
          fileSha256: input.FileSha256 ?? null,
        }),
      };
    },
  };
}

export type RegisterQueries = ReturnType<typeof createRegisterQueries>;
