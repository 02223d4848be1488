import { useQuery } from '@tanstack/react-query';
import { useClient, useConnectivity } from '../bridge/context';
import { showDateTime } from '../i18n/dates';

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

/** "08:30 02/12/2026" (vi) or "2 Dec 2026, 08:30" (en) from an ISO instant, on the agency's clock. */
export function syncTime(iso: string): string {
  return showDateTime(iso);
}
