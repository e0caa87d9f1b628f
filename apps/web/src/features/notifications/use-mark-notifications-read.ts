import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { NotificationItemFragment } from '../../gql/graphql';
import { UnreadNotificationCountQuery } from './notification.graphql';

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

/**
 * Marks notifications read and shows it at once: the listed ones get a read time in the cache
 * (the list keeps its loaded pages) and the bell takes the unread count the API returns.
 */
export function useMarkNotificationsRead() {
  const { t } = useTranslation('notifications');
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState<unknown>(null);
  const [mutate, { loading }] = useMutation(MarkNotificationsReadMutation);

  const markRead = async (
    ids: readonly string[] | 'all',
    listed: readonly NotificationItemFragment[],
  ) => {
    setRefusal(null);
    const readAt = new Date().toISOString();
    try {
      await mutate({
        variables: { input: ids === 'all' ? { all: true } : { ids: [...ids] } },
        update(cache, { data }) {
          if (!data) return;
          cache.writeQuery({
            query: UnreadNotificationCountQuery,
            data: { unreadNotificationCount: data.markNotificationsRead },
          });
          for (const item of listed) {
            if (item.readAt) continue;
            cache.modify({
              id: cache.identify({ __typename: 'Notification', id: item.id }),
              fields: { readAt: () => readAt },
            });
          }
        },
      });
      if (ids === 'all') setStatus(t('allRead'));
    } catch (error) {
      setRefusal(error);
    }
  };
  return { markRead, marking: loading, status, refusal };
}
