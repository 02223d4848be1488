import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadEnglishErrors } from './error-text';
import { vi } from './vi';

export type Language = 'vi' | 'en';
const LANG_KEY = 'vanthu.lang';

export function savedLanguage(): Language {
  return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
}

export function rememberLanguage(lang: Language): void {
  window.localStorage.setItem(LANG_KEY, lang);
}

/**
 * The English side of the window (its texts and the error catalog's English) is a chunk of its own,
 * fetched the first time English is chosen — at start when it was the last choice, else at the
 * toggle — so a Vietnamese start never loads it. antd's English is its built-in default.
 */
let english: Promise<void> | undefined;
export function loadEnglish(): Promise<void> {
  return (english ??= Promise.all([import('./en'), loadEnglishErrors()]).then(([{ en }]) => {
    i18next.addResourceBundle('en', 'translation', en, true, true);
  }));
}

/** Vietnamese first; English is the toggle. Missing English keys fall back to Vietnamese. */
export async function initI18n(lang: Language = savedLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi } },
    lng: 'vi',
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (lang === 'en') {
    await loadEnglish();
    await i18next.changeLanguage('en');
  }
  return i18next;
}
