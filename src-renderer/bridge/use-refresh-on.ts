import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useClient } from './context';

/**
 * Refetches the queries an event of main makes stale: `staleAfter` names them for each event (none: []).
 * Give a function that keeps its identity (a module-level one): a new one subscribes again.
 */
export function useRefreshOn(staleAfter: (event: string) => readonly QueryKey[]): void {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.subscribe(
        (name) => {
          for (const queryKey of staleAfter(name)) void queryClient.invalidateQueries({ queryKey });
        },
        () => undefined,
      ),
    [client, queryClient, staleAfter],
  );
}
