import { useMemo } from 'react';
import { useLanguage } from '../../i18n';

/**
 * Dates and lists written the way readers of the interface language expect. (Numbers inside
 * texts are formatted by i18next: `{{count, number}}`.)
 */
export function useFormat() {
  const { locale } = useLanguage();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return {
      date: (iso: string) => date.format(new Date(iso)),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      list: (items: readonly string[]) => list.format(items),
    };
  }, [locale]);
}
