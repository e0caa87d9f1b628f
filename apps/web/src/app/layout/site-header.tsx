import { PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { useSession } from '../../features/session';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

export function SiteHeader() {
  const { t } = useTranslation('common');
  const { user } = useSession();
  return (
    <PageHeader className="kl-header">
      <div className="kl-header__bar">
        <Link to="/" className="kl-brand" aria-label={t('header.home')}>
          <span className="kl-brand__mark" aria-hidden="true" />
          <span className="kl-brand__name">{t('appName')}</span>
          <span className="kl-brand__tagline">{t('header.tagline')}</span>
        </Link>
        <div className="kl-header__tools">
          <LanguageSwitch />
          {user ? <NotificationBell /> : null}
          {user ? <UserMenu user={user} /> : null}
        </div>
      </div>
      <MainNav user={user} />
    </PageHeader>
  );
}
