import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../shared/copy';

export interface NewToken {
  name: string;
  secret: string;
}

/** The secret of a token just made. The API never shows it again, and the text says so. */
export function NewTokenSecret({ token }: { token: NewToken }) {
  const { t } = useTranslation('personalTokens');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [token]);
  return (
    <Alert type="ok" className="kl-section">
      <Heading2 ref={heading} tabIndex={-1}>
        {t('created.title', { name: token.name })}
      </Heading2>
      <Paragraph>{t('created.once')}</Paragraph>
      <CopyField id={id} label={t('created.secret')} value={token.secret} />
    </Alert>
  );
}
