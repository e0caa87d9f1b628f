import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { NotificationItemFragment } from '../../gql/graphql';
import { FormattedDate } from '../../shared/format';
import { AppLink } from '../../shared/links';
import { notificationPath, useNotificationText } from './notification-text';

/** Notifications as a list: the unread ones marked in words, not by colour alone. */
export function NotificationList({
  items,
  marking,
  onMarkRead,
}: {
  items: readonly NotificationItemFragment[];
  marking: boolean;
  onMarkRead: (item: NotificationItemFragment) => void;
}) {
  const { t } = useTranslation('notifications');
  const describe = useNotificationText();
  return (
    <ol className="kl-notifications" role="list">
      {items.map((item) => {
        const text = describe(item);
        return (
          <li
            key={item.id}
            className={`kl-notification${item.readAt ? '' : ' kl-notification--unread'}`}
          >
            <p className="kl-notification__text">
              {item.readAt ? null : (
                <strong className="kl-notification__badge">{t('unread')}</strong>
              )}
              {text}
            </p>
            <p className="kl-notification__meta">
              <FormattedDate value={item.createdAt} withTime />
              {item.projectTitle ? ` · ${t('inProject', { project: item.projectTitle })}` : null}
            </p>
            <p className="kl-notification__actions">
              <AppLink
                to={notificationPath(item)}
                onClick={() => (item.readAt ? undefined : onMarkRead(item))}
                aria-label={t('openNamed', { title: item.title })}
              >
                {t('open')}
              </AppLink>
              {item.readAt ? null : (
                <Button
                  appearance="subtle-button"
                  busy={marking}
                  onClick={() => onMarkRead(item)}
                  aria-label={t('markReadNamed', { text })}
                >
                  {t('markRead')}
                </Button>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
