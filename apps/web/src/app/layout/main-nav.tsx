import { allowsPlatform } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';
import { platformRelationOf, type SessionUser } from '../../features/session';
import { AppNavLink } from '../../shared/links';

/** Navigation offers only what the signed-in user may open. */
export function MainNav({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation('common');
  const relation = platformRelationOf(user);
  const links = user
    ? [
        { to: '/projecten', label: t('nav.projects') },
        { to: '/zoeken', label: t('nav.search') },
        { to: '/tokens', label: t('nav.tokens') },
        ...(allowsPlatform('organisation.manage', relation)
          ? [{ to: '/beheer/organisaties', label: t('nav.organisations') }]
          : []),
        ...(allowsPlatform('account.manage', relation)
          ? [{ to: '/beheer/accounts', label: t('nav.accounts') }]
          : []),
      ]
    : [{ to: '/inloggen', label: t('nav.signIn') }];
  return (
    <nav className="utrecht-nav-bar kl-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content kl-nav__content">
        <ul className="utrecht-nav-list kl-nav__list" role="list">
          {links.map((link) => (
            <li key={link.to} className="utrecht-nav-list__item">
              <AppNavLink to={link.to}>{link.label}</AppNavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
