import { Inject } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { allowsProject } from '@ketenlab/domain';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { principalOf } from '../auth/request-principal';
import type { GraphqlContext } from '../common/context/graphql-context';
import { CHANNELS, PUB_SUB } from '../common/pubsub/pubsub.tokens';
import { ProjectAccess } from '../projects/project-access.service';
import { Activity } from './activity.entity';

@Resolver(() => Activity)
export class ActivityFeedResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly access: ProjectAccess,
  ) {}

  /**
   * New activity in a project, live. Access is checked when subscribing (guard) and again for
   * every event, so someone removed from the project stops hearing about it.
   */
  @Can('project.activity.read', ({ args }) => args.projectId)
  @Subscription(() => Activity, {
    resolve: (payload: { activity: Activity }) => payload.activity,
    filter(
      this: ActivityFeedResolver,
      _payload: unknown,
      _variables: unknown,
      context: GraphqlContext,
    ) {
      return this.stillAllowed(
        principalOf(context.req),
        (_variables as { projectId: string }).projectId,
      );
    },
  })
  projectActivity(@Args('projectId', { type: () => ID }) projectId: string) {
    return this.pubSub.asyncIterableIterator(CHANNELS.projectActivity(projectId));
  }

  private async stillAllowed(principal: Principal, projectId: string): Promise<boolean> {
    const fresh: Principal = { ...principal, projectRelations: new Map() };
    return allowsProject('project.activity.read', await this.access.relationOf(fresh, projectId));
  }
}
