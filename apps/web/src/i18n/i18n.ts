import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  FALLBACK_LANGUAGE,
  isLanguage,
  LANGUAGES,
  storedLanguage,
  storeLanguage,
} from './language';
import { resources } from './resources';

/** Keeps `<html lang>` equal to the interface language (WCAG 3.1.1) and remembers the choice. */
function onLanguageChanged(language: string): void {
  document.documentElement.lang = language;
  if (isLanguage(language)) storeLanguage(language);
}

export function initI18n(): typeof i18n {
  i18n.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: LANGUAGES,
    defaultNS: 'common',
    ns: Object.keys(resources.nl),
    // Resources are bundled, so initialising synchronously avoids a flash of keys.
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', onLanguageChanged);
  return i18n;
}
