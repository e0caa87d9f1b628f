import { Button, Textbox } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldFrame } from '../forms';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A value to hand over (an invitation link, a token secret): read-only, selectable, and copied
 * with one button. The outcome is announced, because nothing visible changes on copy.
 */
export function CopyField({
  id,
  label,
  value,
  description,
}: {
  id: string;
  label: ReactNode;
  value: string;
  description?: ReactNode;
}) {
  const { t } = useTranslation('common');
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="kl-copy-field">
      <FieldFrame id={id} label={label} description={description}>
        <div className="kl-copy-field__row">
          <Textbox
            id={id}
            value={value}
            readOnly
            spellCheck={false}
            className="kl-copy-field__value"
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby={describedBy(id, { description })}
          />
          <Button appearance="secondary-action-button" onClick={copy}>
            {t('copy.button')}
          </Button>
        </div>
      </FieldFrame>
      <p role="status" className="kl-copy-field__status">
        {state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failed') : ''}
      </p>
    </div>
  );
}
