import { useTranslation } from 'react-i18next';
import type { NotificationItemFragment } from '../../gql/graphql';

/** One sentence per notification, in the reader's language. */
export function useNotificationText() {
  const { t } = useTranslation('notifications');
  return (item: NotificationItemFragment): string => {
    const actor = item.actor?.name ?? t('someone');
    if (item.kind === 'hypothesis_status_changed') {
      return t('kinds.hypothesis_status_changed', {
        actor,
        title: item.title,
        from: item.fromStatus ? t(`status.${item.fromStatus}`) : '',
        to: item.toStatus ? t(`status.${item.toStatus}`) : '',
      });
    }
    return t('kinds.sign_off_requested', { actor, title: item.title });
  };
}

/** Where a notification leads: the object itself where the app has a page for it, else its project. */
export function notificationPath(item: NotificationItemFragment): string {
  if (!item.projectId) return '/';
  const project = `/projecten/${item.projectId}`;
  switch (item.objectType) {
    case 'hypothesis':
      return `${project}/hypothesen/${item.objectId}`;
    case 'question':
      return `${project}/vragen/${item.objectId}`;
    default:
      return project;
  }
}
