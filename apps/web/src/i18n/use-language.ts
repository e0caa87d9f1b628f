import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, INTL_LOCALES, isLanguage, type Language } from './language';

/** The current interface language, its Intl locale, and a way to change it. */
export function useLanguage(): {
  language: Language;
  locale: string;
  setLanguage: (language: Language) => void;
} {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : FALLBACK_LANGUAGE;
  return {
    language,
    locale: INTL_LOCALES[language],
    setLanguage: (next) => void i18n.changeLanguage(next),
  };
}
