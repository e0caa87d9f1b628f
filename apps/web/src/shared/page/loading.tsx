import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A polite status, so screen readers hear that content is on its way. */
export function Loading() {
  const { t } = useTranslation('common');
  return (
    <Paragraph role="status" className="kl-loading">
      {t('loading')}
    </Paragraph>
  );
}
