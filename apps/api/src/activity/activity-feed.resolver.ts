import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { forbidden } from '../common/errors/app-error';
import { CHANNELS } from '../common/pubsub/pubsub.tokens';
import { ACCESS_LOST, ProjectLiveAccess, type Live } from '../projects/project-live-access';
import { Activity } from './activity.entity';

interface ActivityEvent {
  activity: Activity;
}

const isActivityEvent = (payload: unknown): payload is ActivityEvent =>
  typeof payload === 'object' && payload !== null && 'activity' in payload;

@Resolver(() => Activity)
export class ActivityFeedResolver {
  constructor(private readonly live: ProjectLiveAccess) {}

  /**
   * New activity in a project, live. Access is checked when subscribing (guard), again for
   * every event and when the subscriber's access changes; someone removed from the project is
   * told FORBIDDEN once and their subscription ends.
   */
  @Can('project.activity.read', ({ args }) => args.projectId)
  @Subscription(() => Activity, {
    resolve: (payload: Live<ActivityEvent>) => {
      if (payload === ACCESS_LOST) throw forbidden('this project');
      return payload.activity;
    },
  })
  projectActivity(
    @Args('projectId', { type: () => ID }) projectId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.live.stream({
      principal,
      projectId,
      action: 'project.activity.read',
      channel: CHANNELS.projectActivity(projectId),
      isEvent: isActivityEvent,
    });
  }
}
