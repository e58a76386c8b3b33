import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhTW from './locales/zh-TW.json';
import en from './locales/en.json';

/** The UI languages; zh-TW is the default, the user's choice is remembered in localStorage. */
export const LANGUAGES = ['zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'tk.language';

export function storedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-TW';
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-Hant-TW';
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-TW': { translation: zhTW }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-TW',
  interpolation: { escapeValue: false },
});

export default i18n;

// the page's language from the start, not only after a switch (screen readers, fonts, hyphenation)
if (typeof document !== 'undefined') document.documentElement.lang = storedLanguage() === 'en' ? 'en' : 'zh-Hant-TW';
