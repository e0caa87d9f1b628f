import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import type { NotificationItemFragment } from '../../gql/graphql';
import { NotificationAddedSubscription } from './notification.graphql';

/**
 * While someone is signed in: every new notification for them, on whichever instance it was
 * made, refreshes the unread count and the notifications list, and is returned so the bell can
 * announce it.
 */
export function useLiveNotifications(): NotificationItemFragment | null {
  const client = useApolloClient();
  const [latest, setLatest] = useState<NotificationItemFragment | null>(null);
  useSubscription(NotificationAddedSubscription, {
    onData: ({ data }) => {
      if (data.data) setLatest(data.data.notificationAdded);
      client
        .refetchQueries({ include: ['UnreadNotificationCount', 'Notifications'] })
        .catch(() => undefined);
    },
  });
  return latest;
}
