import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';

/**
 * Switches between Dutch and English. The button names the other language in that language,
 * marked with its `lang` (WCAG 3.1.2), so that its speakers recognise it and it is pronounced right.
 */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const { language, setLanguage } = useLanguage();
  const next = language === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle-button"
      lang={next}
      onClick={() => setLanguage(next)}
      className="kl-language-switch"
    >
      {t('language.switchTo')}
    </Button>
  );
}
