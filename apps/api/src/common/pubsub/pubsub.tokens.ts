/** The PubSubEngine behind GraphQL subscriptions: in-process alone, Redis across instances. */
export const PUB_SUB = Symbol('PUB_SUB');

/** Channel names in one place, so publishers and subscribers cannot drift apart. */
export const CHANNELS = {
  projectActivity: (projectId: string) => `project-activity.${projectId}`,
  /** Someone's role in a project changed or they left it: live sockets must authenticate again. */
  projectAccessChanged: 'project-access-changed',
} as const;

export interface ProjectAccessChanged {
  projectId: string;
  userId: string;
}
