import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeading, usePageTitle } from '../../shared/page';
import { AcceptInvitationForm } from './accept-invitation-form';

export function AcceptInvitationPage() {
  const { t } = useTranslation('session');
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <div className="kl-narrow">
      <PageHeading>{t('invitation.title')}</PageHeading>
      <Paragraph>{t('invitation.intro')}</Paragraph>
      <AcceptInvitationForm
        token={token}
        onAccepted={() => void navigate('/', { replace: true })}
      />
    </div>
  );
}
