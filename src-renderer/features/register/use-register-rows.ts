import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Direction, RegisterEntry } from '../../../src-shared/contracts/register.contract';
import type { Urgency } from '../../../src-shared/domain/priority';
import { useClient } from '../../bridge/context';

export interface RegisterFilters {
  Year?: number;
  TypeCode?: string;
  Priority?: Urgency;
  DateFrom?: string;
  DateTo?: string;
}

const PAGE = 200;

/** Debounces what the clerk types so each keystroke does not hit the database. */
export function useDebounced<T>(value: T, ms = 200): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * Rows of one register, page by page (keyset cursor), from `register.list` or — when the clerk
 * typed something — `register.search`. The table asks for the next page as it scrolls.
 */
export function useRegisterRows(direction: Direction, q: string, filters: RegisterFilters) {
  const client = useClient();
  const query = q.trim();
  const result = useInfiniteQuery({
    queryKey: ['register.rows', direction, query, filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      query
        ? client.call('register.search', { q: query, Direction: direction, ...filters, limit: PAGE, cursor: pageParam })
        : client.call('register.list', { Direction: direction, ...filters, limit: PAGE, cursor: pageParam, withTotal: pageParam === null }),
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = useMemo<RegisterEntry[]>(() => result.data?.pages.flatMap((p) => p.items) ?? [], [result.data]);
  const total = result.data?.pages[0]?.total ?? null;
  return { ...result, rows, total };
}
