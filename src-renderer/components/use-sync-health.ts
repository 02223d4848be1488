import { useQuery } from '@tanstack/react-query';
import { useClient, useConnectivity } from '../bridge/context';

/** exchange.syncHealth, refreshed every minute and whenever connectivity changes. */
export function useSyncHealth() {
  const client = useClient();
  const { online } = useConnectivity();
  return useQuery({
    queryKey: ['exchange.syncHealth', online],
    queryFn: () => client.call('exchange.syncHealth', {}),
    refetchInterval: 60_000,
  });
}

/** "08:30 02/12/2026" from an ISO instant with +07:00 (shown as the agency's clock). */
export function syncTime(iso: string): string {
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
