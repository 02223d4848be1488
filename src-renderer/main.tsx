import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createClient } from './bridge/client';
import { initI18n, savedLanguage } from './i18n';

async function boot() {
  const lang = savedLanguage();
  await initI18n(lang);
  dayjs.locale(lang);
  document.documentElement.lang = lang;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={createClient()} initialLanguage={lang} />
    </StrictMode>,
  );
}

void boot();
