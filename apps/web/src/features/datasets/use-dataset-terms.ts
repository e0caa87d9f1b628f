import { useTranslation } from 'react-i18next';
import { nl } from './locales/nl';

type Terms<K extends keyof typeof nl> = keyof (typeof nl)[K];
export type ColumnTypeName = Terms<'columnType'>;

function has<K extends keyof typeof nl>(group: K, value: string): value is Terms<K> & string {
  return Object.prototype.hasOwnProperty.call(nl[group], value);
}

/**
 * The words for access classes, frequencies, themes, licences and column types. A value the
 * interface has no word for yet (the API learned a new one) is shown as the API sends it.
 */
export function useDatasetTerms() {
  const { t } = useTranslation('datasets');
  return {
    accessClass: (value: string) => (has('accessClass', value) ? t(`accessClass.${value}`) : value),
    frequency: (value: string) => (has('frequency', value) ? t(`frequency.${value}`) : value),
    theme: (value: string) => (has('theme', value) ? t(`theme.${value}`) : value),
    licence: (value: string) => (has('licence', value) ? t(`licence.${value}`) : value),
    columnType: (value: string) => (has('columnType', value) ? t(`columnType.${value}`) : value),
  };
}
