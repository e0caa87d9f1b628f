import { graphql } from '../../gql';

/** What a notification shows wherever it is listed. */
export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    projectId
    projectTitle
    objectType
    objectId
    title
    fromStatus
    toStatus
    createdAt
    readAt
    actor {
      id
      name
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);
