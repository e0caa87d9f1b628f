import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { forbidden } from '../common/errors/app-error';
import type { HypothesisChanged } from '../common/pubsub/pubsub.tokens';
import { CHANNELS } from '../common/pubsub/pubsub.tokens';
import { ACCESS_LOST, ProjectLiveAccess, type Live } from '../projects/project-live-access';
import { isHypothesisChanged } from './hypothesis-events';
import { Hypothesis } from './hypothesis.entity';
import { HypothesesService } from './hypotheses.service';

@Resolver(() => Hypothesis)
export class HypothesisLiveResolver {
  constructor(
    private readonly live: ProjectLiveAccess,
    private readonly hypothesesService: HypothesesService,
  ) {}

  /**
   * The board, live: the whole hypothesis (the type the board query returns) whenever one is
   * proposed, edited, reassigned or moved, by anyone on any instance. Authorized when subscribing
   * and again for every event; whoever loses access gets FORBIDDEN once and the stream ends.
   */
  @Can('hypothesis.read', ({ args }) => args.projectId)
  @Subscription(() => Hypothesis, {
    description: 'A hypothesis of the project as it is now, each time one changes.',
    resolve(this: HypothesisLiveResolver, payload: Live<HypothesisChanged>) {
      if (payload === ACCESS_LOST) throw forbidden('this project');
      return this.hypothesesService.get(payload.hypothesisId);
    },
  })
  hypothesisChanged(
    @Args('projectId', { type: () => ID }) projectId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.live.stream({
      principal,
      projectId,
      action: 'hypothesis.read',
      channel: CHANNELS.hypothesisChanged(projectId),
      isEvent: isHypothesisChanged,
    });
  }
}
