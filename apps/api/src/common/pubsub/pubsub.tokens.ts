/** The PubSubEngine behind GraphQL subscriptions: in-process alone, Redis across instances. */
export const PUB_SUB = Symbol('PUB_SUB');

/** Channel names in one place, so publishers and subscribers cannot drift apart. */
export const CHANNELS = {
  projectActivity: (projectId: string) => `project-activity.${projectId}`,
  /** A hypothesis of the project was proposed, edited or moved: the board reloads that card. */
  hypothesisChanged: (projectId: string) => `hypothesis-changed.${projectId}`,
  /** A notification for this user only: the channel is the recipient's. */
  notificationAdded: (userId: string) => `notification-added.${userId}`,
  /** Someone's role in a project changed or they left it: live sockets must authenticate again. */
  projectAccessChanged: 'project-access-changed',
} as const;

export interface ProjectAccessChanged {
  projectId: string;
  userId: string;
}

export interface HypothesisChanged {
  projectId: string;
  hypothesisId: string;
}

export interface NotificationAdded {
  recipientId: string;
  notificationId: string;
}
