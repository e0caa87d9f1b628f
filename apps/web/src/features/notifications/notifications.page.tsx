import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { CheckboxField } from '../../shared/forms';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { NotificationList } from './notification-list';
import { useMarkNotificationsRead } from './use-mark-notifications-read';

const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!, $first: Int!, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      hasMore
      endCursor
      items {
        ...NotificationItem
      }
    }
  }
`);

const PAGE = 20;
const UNREAD_PARAM = 'ongelezen';

/** Your notifications, newest first: read them, follow them, mark them read. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('title'));
  const filterId = useId();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get(UNREAD_PARAM) === '1';
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { unreadOnly, first: PAGE },
  });
  const { markRead, marking, status, refusal } = useMarkNotificationsRead();
  const page = data?.notifications;
  const anyUnread = page?.items.some((item) => !item.readAt) ?? false;

  const loadMore = () =>
    fetchMore({
      variables: { after: page?.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: {
          ...fetchMoreResult.notifications,
          items: [...previous.notifications.items, ...fetchMoreResult.notifications.items],
        },
      }),
    }).catch(() => undefined);

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph lead>{t('intro')}</Paragraph>
      <div className="kl-notifications__tools">
        <CheckboxField
          id={filterId}
          label={t('filter.unread')}
          checked={unreadOnly}
          onChange={(checked) =>
            setParams(checked ? { [UNREAD_PARAM]: '1' } : {}, { replace: true })
          }
        />
        {anyUnread ? (
          <Button
            appearance="secondary-action-button"
            busy={marking}
            onClick={() => void markRead('all', page?.items ?? [])}
          >
            {t('markAllRead')}
          </Button>
        ) : null}
      </div>
      <Paragraph role="status" className="kl-status">
        {status}
      </Paragraph>
      {refusal ? <QueryError error={refusal} /> : null}
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {page && page.items.length === 0 ? (
        <Paragraph>{unreadOnly ? t('emptyUnread') : t('empty')}</Paragraph>
      ) : null}
      {page && page.items.length ? (
        <NotificationList
          items={page.items}
          marking={marking}
          onMarkRead={(item) => void markRead([item.id], [item])}
        />
      ) : null}
      {page?.hasMore ? (
        <Button appearance="secondary-action-button" onClick={() => void loadMore()}>
          {t('more')}
        </Button>
      ) : null}
    </>
  );
}
