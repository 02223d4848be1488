import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { BridgeError } from '../../bridge/client';
import { useClient } from '../../bridge/context';
import { showDateTime } from '../../i18n/dates';

/** Every exchange query lives under this key: an exchange event or our own action refreshes them all. */
export const EXCHANGE_KEY = 'exchange';
export const exchangeKey = (...parts: unknown[]) => [EXCHANGE_KEY, ...parts] as const;

/** Refetches the exchange screens when main reports a change (sync, arrivals, statuses, registrations). */
export function useExchangeEvents(): void {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.subscribe(
        (name) => {
          if (name.startsWith('exchange.') || name === 'register.entryRegistered')
            void queryClient.invalidateQueries({ queryKey: [EXCHANGE_KEY] });
        },
        () => undefined,
      ),
    [client, queryClient],
  );
}

/** A failed load is shown once as a message (the screen keeps its last data). */
/** The cached hub directory (the send form's picker, the sent list's recipient names): one query for both. */
export function useHubAgencies() {
  const client = useClient();
  return useQuery({ queryKey: exchangeKey('agencies'), queryFn: () => client.call('exchange.listAgencies', { limit: 5000 }) });
}

export function useErrorMessage(error: unknown): void {
  const { message } = App.useApp();
  useEffect(() => {
    if (error) void message.error(errorText(error));
  }, [error, message]);
}

export function errorText(err: unknown): string {
  return err instanceof BridgeError || err instanceof Error ? err.message : String(err);
}

export function formatTime(iso: string | null): string {
  return showDateTime(iso, { seconds: true });
}
