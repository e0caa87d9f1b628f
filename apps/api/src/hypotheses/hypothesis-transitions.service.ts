import { Injectable } from '@nestjs/common';
import { allowedTransitions, mayPerform, transitionRule } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { badInput } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectAccess } from '../projects/project-access.service';
import { EvidenceTargets } from './evidence-targets';
import { HypothesisEvents } from './hypothesis-events';
import { illegalTransition, movedMeanwhile, transitionNotAllowed } from './hypothesis.errors';
import { HypothesisTransition } from './hypothesis-transition.entity';
import type { Hypothesis } from './hypothesis.entity';
import type { TransitionHypothesisInput } from './hypotheses.inputs';
import { HypothesesRepository } from './hypotheses.repository';

/** Moves hypotheses through their lifecycle (libs/domain hypothesis.ts) and keeps the history. */
@Injectable()
export class HypothesisTransitionsService {
  constructor(
    private readonly hypotheses: HypothesesRepository,
    private readonly access: ProjectAccess,
    private readonly evidence: EvidenceTargets,
    private readonly activity: ActivityService,
    private readonly events: HypothesisEvents,
    private readonly notifications: NotificationsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async transition(input: TransitionHypothesisInput, principal: Principal): Promise<Hypothesis> {
    const user = signedInUser(principal);
    const hypothesis = (await this.hypotheses.findById(input.hypothesisId))!;
    const { status: from, projectId } = hypothesis;
    const to = input.to;
    const actor = {
      relation: await this.access.relationOf(principal, projectId),
      isOwner: hypothesis.ownerId === user.id,
    };
    const allowed = allowedTransitions(from, actor);
    const rule = transitionRule(from, to);
    if (!rule) throw illegalTransition(from, to, allowed);
    if (!mayPerform(rule, actor)) throw transitionNotAllowed(from, to, allowed);
    const rationale = input.rationale.trim();
    if (rule.needsRationale && !rationale) {
      throw badInput('rationale', `Moving a hypothesis from ${from} to ${to} needs a rationale.`);
    }
    if (rule.needsEvidence && !input.evidence.length) {
      throw badInput('evidence', 'A verdict needs at least one piece of evidence.');
    }
    const transitionId = randomUUID();
    const evidence = await this.evidence.resolve(projectId, transitionId, input.evidence);

    const at = this.clock.now();
    return this.unitOfWork.run(async (m) => {
      if (!(await this.hypotheses.compareAndSetStatus(m, hypothesis.id, from, to, at))) {
        throw movedMeanwhile();
      }
      await this.hypotheses.recordTransition(
        m,
        Object.assign(new HypothesisTransition(), {
          id: transitionId,
          hypothesisId: hypothesis.id,
          sequence: await this.hypotheses.transitionCount(m, hypothesis.id),
          fromStatus: from,
          toStatus: to,
          actorId: user.id,
          rationale,
          createdAt: at,
        }),
        evidence,
      );
      await this.activity.record(m, principal, {
        action: 'hypothesis.statusChanged',
        objectType: 'hypothesis',
        objectId: hypothesis.id,
        projectId,
        detail: { from, to, evidence: evidence.length },
      });
      await this.notifications.hypothesisStatusChanged(m, {
        hypothesis,
        from,
        to,
        actorId: user.id,
      });
      this.events.changed(m, hypothesis);
      return (await this.hypotheses.findById(hypothesis.id, m))!;
    });
  }
}
