import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../shared/copy';
import { useFormat } from '../../shared/format';

export interface IssuedInvitation {
  name: string;
  url: string;
  expiresAt: string;
  /** Also sent by mail; only when the server has SMTP configured. */
  mailed: boolean;
}

/**
 * A fresh invitation link for the administrator to hand over. Unless the server could mail it,
 * this is the one moment the link can be copied; it takes focus so it is not missed.
 */
export function InvitationLinkPanel({ invitation }: { invitation: IssuedInvitation }) {
  const { t } = useTranslation('accounts');
  const format = useFormat();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [invitation]);
  return (
    <Alert type="ok" className="kl-section">
      <Heading2 ref={heading} tabIndex={-1}>
        {t('invitation.title', { name: invitation.name })}
      </Heading2>
      <Paragraph>
        {t(invitation.mailed ? 'invitation.mailed' : 'invitation.handOver', {
          name: invitation.name,
          until: format.dateTime(invitation.expiresAt),
        })}
      </Paragraph>
      <CopyField id={id} label={t('invitation.link')} value={invitation.url} />
    </Alert>
  );
}
