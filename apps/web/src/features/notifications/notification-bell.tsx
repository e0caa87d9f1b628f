import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UnreadNotificationCountQuery } from './notification.graphql';
import { useNotificationText } from './notification-text';
import { useLiveNotifications } from './use-live-notifications';

/**
 * The bell in the header: a link to the notifications page whose name says how many are unread,
 * kept current live. A new notification is also read out once, politely (WCAG 4.1.3).
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { data } = useQuery(UnreadNotificationCountQuery);
  const latest = useLiveNotifications();
  const describe = useNotificationText();
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <>
      <Link
        to="/meldingen"
        className="kl-bell utrecht-link utrecht-link--html-a"
        aria-label={t('bell.label', { count })}
      >
        <svg className="kl-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        {count > 0 ? (
          <span className="kl-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </Link>
      <span className="kl-visually-hidden" role="status">
        {latest ? t('bell.arrived', { text: describe(latest) }) : ''}
      </span>
    </>
  );
}
