import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { BridgeError } from '../../bridge/client';
import { useClient } from '../../bridge/context';

/** A counter that moves whenever the exchange may have changed: our own actions or its events. */
export function useExchangeVersion(): [number, () => void] {
  const client = useClient();
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(
    () =>
      client.subscribe(
        (name) => {
          if (name.startsWith('exchange.') || name === 'register.entryRegistered') bump();
        },
        () => undefined,
      ),
    [client, bump],
  );
  return [version, bump];
}

/** Loads `load()` again whenever `key` changes; errors are shown, never thrown. */
export function useLoaded<T>(load: () => Promise<T>, key: number | string, initial: T): T {
  const { message } = App.useApp();
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    load().then(
      (v) => live && setValue(v),
      (err: unknown) => live && void message.error(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}

export function errorText(err: unknown): string {
  return err instanceof BridgeError || err instanceof Error ? err.message : String(err);
}

export function formatTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
}
