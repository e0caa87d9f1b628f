import { Inject, Injectable } from '@nestjs/common';
import { allowsProject, type ProjectAction } from '@ketenlab/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Principal } from '../auth/principal';
import { CHANNELS, PUB_SUB, type ProjectAccessChanged } from '../common/pubsub/pubsub.tokens';
import { ProjectAccess } from './project-access.service';

/** The last event of a stream whose subscriber lost access: resolving it answers FORBIDDEN. */
export const ACCESS_LOST = Symbol('access lost');
export type Live<T> = T | typeof ACCESS_LOST;

interface Watch<T> {
  principal: Principal;
  projectId: string;
  action: ProjectAction;
  channel: string;
  /** Tells the channel's own events from the access changes heard on the side. */
  isEvent(payload: unknown): payload is T;
}

/**
 * Project events for a live subscriber, as long as they may see them. The permission is asked
 * again, from the database, before every event and whenever that person's access to the project
 * changes; once it is gone the stream yields ACCESS_LOST and ends, so the client is told and
 * its subscription completes instead of going quiet.
 */
@Injectable()
export class ProjectLiveAccess {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly access: ProjectAccess,
  ) {}

  stream<T>(watch: Watch<T>): AsyncIterableIterator<Live<T>> {
    const source = this.pubSub.asyncIterableIterator<T | ProjectAccessChanged>([
      watch.channel,
      CHANNELS.projectAccessChanged,
    ]);
    let ended = false;
    const finish = async (): Promise<IteratorResult<Live<T>>> => {
      ended = true;
      await source.return?.();
      return { done: true, value: undefined };
    };
    const stream: AsyncIterableIterator<Live<T>> = {
      next: async () => {
        while (!ended) {
          const { done, value } = await source.next();
          if (done) return finish();
          const isEvent = watch.isEvent(value);
          if (!isEvent && !this.concerns(value, watch)) continue;
          if (await this.allowed(watch)) {
            if (isEvent) return { done: false, value };
            continue;
          }
          await finish();
          return { done: false, value: ACCESS_LOST };
        }
        return { done: true, value: undefined };
      },
      return: finish,
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }

  private concerns(change: ProjectAccessChanged, watch: Watch<unknown>): boolean {
    return change.projectId === watch.projectId && change.userId === watch.principal.user?.id;
  }

  private async allowed(watch: Watch<unknown>): Promise<boolean> {
    const fresh: Principal = { ...watch.principal, projectRelations: new Map() };
    return allowsProject(watch.action, await this.access.relationOf(fresh, watch.projectId));
  }
}
