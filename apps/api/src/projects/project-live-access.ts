import { Inject, Injectable } from '@nestjs/common';
import { allowsProject, type ProjectAction } from '@ketenlab/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { guardedStream, type Live } from '../common/pubsub/guarded-stream';
import { CHANNELS, PUB_SUB, type ProjectAccessChanged } from '../common/pubsub/pubsub.tokens';
import { ProjectAccess } from './project-access.service';

export { ACCESS_LOST, type Live } from '../common/pubsub/guarded-stream';

interface Watch<T> {
  principal: Principal;
  projectId: string;
  action: ProjectAction;
  channel: string;
  isEvent(payload: unknown): payload is T;
}

/**
 * Project events for a live subscriber, as long as they may see them: the session must still
 * be valid and the permission is asked again, from the database, before every event and
 * whenever that person's access to the project changes (on any instance).
 */
@Injectable()
export class ProjectLiveAccess {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly access: ProjectAccess,
    private readonly auth: AuthService,
  ) {}

  stream<T>(watch: Watch<T>): AsyncIterableIterator<Live<T>> {
    const { principal, projectId } = watch;
    return guardedStream(this.pubSub, {
      channels: [watch.channel, CHANNELS.projectAccessChanged],
      isEvent: watch.isEvent,
      concerns: (change) =>
        (change as ProjectAccessChanged).projectId === projectId &&
        (change as ProjectAccessChanged).userId === principal.user?.id,
      allowed: async () => {
        if (!(await this.auth.sessionIsLive(principal))) return false;
        const fresh: Principal = { ...principal, projectRelations: new Map() };
        return allowsProject(watch.action, await this.access.relationOf(fresh, projectId));
      },
    });
  }
}
