import { Heading2, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation('common');
  return (
    <PageFooter className="kl-footer">
      <div className="kl-footer__content">
        <Heading2 className="kl-footer__heading">{t('footer.label')}</Heading2>
        <Paragraph>{t('footer.about')}</Paragraph>
        <Paragraph>{t('footer.accessibility')}</Paragraph>
      </div>
    </PageFooter>
  );
}
