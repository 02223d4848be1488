import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export type Language = 'vi' | 'en';
const LANG_KEY = 'vanthu.lang';

export function savedLanguage(): Language {
  return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
}

export function rememberLanguage(lang: Language): void {
  window.localStorage.setItem(LANG_KEY, lang);
}

/** Vietnamese first; English is the toggle. Missing English keys fall back to Vietnamese. */
export async function initI18n(lang: Language = savedLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
