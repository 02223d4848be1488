import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient, fetchAppInfo } from './app/App';
import { createClient } from './bridge/client';
import { initI18n, savedLanguage } from './i18n';

/** How long the first paint waits for app.info before showing the loading screen instead. */
const INFO_WAIT_MS = 400;

async function boot() {
  const client = createClient();
  const queryClient = createQueryClient();
  // Asked before anything renders, while the translations initialise: the shell's first render then
  // usually has the agency already, so it draws the sidebar at once instead of a spinner first (one
  // round trip and one render fewer before the clerk can click). Errors surface in the shell's query.
  const info = fetchAppInfo(queryClient, client);
  const lang = savedLanguage();
  await initI18n(lang);
  dayjs.locale(lang);
  document.documentElement.lang = lang;
  await Promise.race([info, new Promise((resolve) => setTimeout(resolve, INFO_WAIT_MS))]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={client} initialLanguage={lang} queryClient={queryClient} />
    </StrictMode>,
  );
}

void boot();
