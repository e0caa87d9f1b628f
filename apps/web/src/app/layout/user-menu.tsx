import { useTranslation } from 'react-i18next';
import { SignOutButton, type SessionUser } from '../../features/session';

/** Who is signed in, for which organisation, and the way out. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation('common');
  return (
    <section className="kl-user-menu" aria-label={t('userMenu.label')}>
      <p className="kl-user-menu__who">
        <span className="kl-visually-hidden">{t('userMenu.signedInAs')} </span>
        <span className="kl-user-menu__name">{user.name}</span>
        <span className="kl-user-menu__organisation">{user.organisation.name}</span>
      </p>
      <SignOutButton />
    </section>
  );
}
