import { useQuery } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { BridgeError } from '../../bridge/client';
import { useClient } from '../../bridge/context';
import { useRefreshOn } from '../../bridge/use-refresh-on';
import { showDateTime } from '../../i18n/dates';

/** Every exchange query lives under this key: an exchange event or our own action refreshes them all. */
export const EXCHANGE_KEY = 'exchange';
export const exchangeKey = (...parts: unknown[]) => [EXCHANGE_KEY, ...parts] as const;

const exchangeStaleAfter = (event: string) =>
  event.startsWith('exchange.') || event === 'register.entryRegistered' ? [[EXCHANGE_KEY]] : [];

/** Refetches the exchange screens when main reports a change (sync, arrivals, statuses, registrations). */
export function useExchangeEvents(): void {
  useRefreshOn(exchangeStaleAfter);
}

/** The cached hub directory (the send form's picker, the sent list's recipient names): one query for both. */
export function useHubAgencies() {
  const client = useClient();
  return useQuery({ queryKey: exchangeKey('agencies'), queryFn: () => client.call('exchange.listAgencies', { limit: 5000 }) });
}

/** A failed load is shown once as a message (the screen keeps its last data). */
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
