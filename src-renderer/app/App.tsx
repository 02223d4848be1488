import { QueryClient, QueryClientProvider, usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../bridge/client';
import { ClientProvider, useClient } from '../bridge/context';
import { loadEnglish, rememberLanguage, type Language } from '../i18n';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { SetupScreen } from './sections';
import { Shell } from './Shell';
import { AccountGate, statusQuery } from '../features/accounts/AccountGate';
import { useReducedMotion } from './use-reduced-motion';

function Root({ onToggleLanguage }: { onToggleLanguage: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => client.call('app.info', {}) });
  // The gate's question, asked now: the shell then waits for one round trip, not two in a row.
  usePrefetchQuery(statusQuery(client));

  if (info.isPending) return <Spin size="large" fullscreen tip={t('common.loading')} />;
  if (info.isError) {
    return <ErrorAlert error={info.error} onRetry={() => void info.refetch()} style={{ margin: 48 }} />;
  }
  if (info.data.firstRun) {
    return (
      <Suspense fallback={<Spin size="large" fullscreen tip={t('common.loading')} />}>
        <SetupScreen />
      </Suspense>
    );
  }
  return <AccountGate>{(status) => <Shell info={info.data} status={status} onToggleLanguage={onToggleLanguage} />}</AccountGate>;
}

export function App({ client, initialLanguage }: { client: Client; initialLanguage: Language }) {
  const { i18n } = useTranslation();
  const [lang, setLang] = useState<Language>(initialLanguage);
  const reduceMotion = useReducedMotion();
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false }, mutations: { retry: 0 } } }),
  );
  const toggle = () => {
    const next: Language = lang === 'vi' ? 'en' : 'vi';
    // English texts are fetched on first use (i18n/index.ts); the switch happens once they are here.
    void (next === 'en' ? loadEnglish() : Promise.resolve()).then(() => {
      rememberLanguage(next);
      dayjs.locale(next);
      void i18n.changeLanguage(next);
      document.documentElement.lang = next;
      setLang(next);
    });
  };
  return (
    <ConfigProvider
      // undefined: antd's built-in English (en_US), no import needed.
      locale={lang === 'vi' ? viVN : undefined}
      theme={{
        token: { colorPrimary: '#1f4e8c', fontFamily: "'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif", motion: !reduceMotion },
      }}
    >
      <AntApp>
        <ClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            {/* Last line of defence (the setup wizard, the shell itself); each section has its own boundary. */}
            <ScreenBoundary onHome={() => (window.location.hash = '/incoming')}>
              <Root onToggleLanguage={toggle} />
            </ScreenBoundary>
          </QueryClientProvider>
        </ClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
