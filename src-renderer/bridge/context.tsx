import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Client } from './client';

const ClientContext = createContext<Client | null>(null);

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}

/**
 * Online means both: the browser/OS reports a network, and our channel to the main process is up.
 * The exchange capability adds hub reachability through the `app.connectivityChanged` event.
 */
export function useConnectivity(): { online: boolean; bridgeConnected: boolean; network: boolean } {
  const client = useClient();
  const [network, setNetwork] = useState(() => navigator.onLine);
  const [bridgeConnected, setBridgeConnected] = useState(client.transport === 'electron');
  const [hub, setHub] = useState(true);

  useEffect(() => {
    const up = () => setNetwork(true);
    const down = () => setNetwork(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    const unsubscribe = client.subscribe((name, payload) => {
      if (name === 'app.connectivityChanged') setHub((payload as { online: boolean }).online);
    }, setBridgeConnected);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      unsubscribe();
    };
  }, [client]);

  return { online: network && hub && bridgeConnected, bridgeConnected, network: network && hub };
}
