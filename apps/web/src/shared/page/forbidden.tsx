import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './page-heading';
import { usePageTitle } from './use-page-title';

/** Shown in place of a page the signed-in user's role does not open. */
export function Forbidden() {
  const { t } = useTranslation('common');
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <Paragraph>{t('forbidden.body')}</Paragraph>
    </>
  );
}
