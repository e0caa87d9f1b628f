import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageHeading, usePageTitle } from '../../shared/page';
import { RETURN_PARAM, safeReturnPath } from './return-path';
import { SignInForm } from './sign-in-form';
import { useSession } from './use-session';

export function SignInPage() {
  const { t } = useTranslation('session');
  usePageTitle(t('signIn.title'));
  const { user } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));

  if (user) return <Navigate to={returnTo} replace />;
  return (
    <div className="kl-narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <SignInForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
      <Paragraph className="kl-after-form">{t('signIn.noAccount')}</Paragraph>
    </div>
  );
}
