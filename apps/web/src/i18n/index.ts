export { initI18n } from './i18n';
export { useLanguage } from './use-language';
