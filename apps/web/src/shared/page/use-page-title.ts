import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab after the page (WCAG 2.4.2), e.g. "Projecten — Ketenlab". `null` leaves
 * the naming to a component inside the page, such as the "no access" message it shows instead.
 */
export function usePageTitle(title: string | null): void {
  const { t } = useTranslation('common');
  useEffect(() => {
    if (title !== null) document.title = t('pageTitle', { title });
  }, [t, title]);
}
