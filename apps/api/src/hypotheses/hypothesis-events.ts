import { Inject, Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { EntityManager } from 'typeorm';
import { CHANNELS, PUB_SUB, type HypothesisChanged } from '../common/pubsub/pubsub.tokens';
import { UnitOfWork } from '../database/unit-of-work';
import type { Hypothesis } from './hypothesis.entity';

/**
 * Tells live boards that a hypothesis changed, once the change has committed. Only ids travel:
 * every subscriber reads the hypothesis afresh, as itself, so nothing crosses Redis that a
 * reader should not see and no instance serves a stale copy.
 */
@Injectable()
export class HypothesisEvents {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  changed(manager: EntityManager, hypothesis: Pick<Hypothesis, 'id' | 'projectId'>): void {
    const event: HypothesisChanged = {
      projectId: hypothesis.projectId,
      hypothesisId: hypothesis.id,
    };
    this.unitOfWork.afterCommit(
      manager,
      () => void this.pubSub.publish(CHANNELS.hypothesisChanged(event.projectId), event),
    );
  }
}

export function isHypothesisChanged(payload: unknown): payload is HypothesisChanged {
  return typeof payload === 'object' && payload !== null && 'hypothesisId' in payload;
}
