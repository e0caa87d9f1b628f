import { Injectable } from '@nestjs/common';
import { roundOutcome, signatoryOrganisations, type ProjectActivityAction } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActivityService } from '../activity/activity.service';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { ProjectsRepository } from '../projects/projects.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { QuestionRegistration } from './question-registration.entity';
import { RegistrationContentService } from './registration-content.service';
import { registrationHash } from './registration-hash';
import {
  alreadySigned,
  noHypotheses,
  noSigners,
  notASignatory,
  reasonRequired,
  roundClosed,
} from './registration.errors';
import type { SignOffRegistrationInput } from './registrations.inputs';
import { RegistrationsRepository } from './registrations.repository';

/**
 * Preregistration: a lead asks every organisation of the project to sign off on a question and
 * its hypotheses as they stand; when all approve, that content is the registration in force.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly questions: QuestionsRepository,
    private readonly projects: ProjectsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly content: RegistrationContentService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Only called behind a guard that found the round, so it exists. */
  async get(id: string): Promise<QuestionRegistration> {
    return (await this.registrations.findById(id))!;
  }

  roundsOf(questionId: string): Promise<QuestionRegistration[]> {
    return this.registrations.roundsOf(questionId);
  }

  inForce(questionId: string): Promise<QuestionRegistration | null> {
    return this.registrations.inForce(questionId);
  }

  async request(questionId: string, principal: Principal): Promise<QuestionRegistration> {
    const user = signedInUser(principal);
    const question = (await this.questions.findById(questionId))!;
    const content = await this.content.current(question);
    content.hypotheses = content.hypotheses.filter((h) => h.status !== 'withdrawn');
    if (!content.hypotheses.length) throw noHypotheses();
    const project = (await this.projects.findById(question.projectId))!;
    // Partners in name order, so every reader sees the same table whatever order they joined in.
    const partners = await this.organisations.findByIds(await this.projects.partnerIds(project.id));
    partners.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
    const organisationIds = signatoryOrganisations({
      ownerOrganisationId: project.ownerOrganisationId,
      partnerOrganisationIds: partners.map((partner) => partner.id),
    });
    const withSigners = await this.registrations.organisationsWithSigners(
      project.id,
      organisationIds,
    );
    const unsigned = organisationIds.filter((id) => !withSigners.has(id));
    if (unsigned.length) {
      const named = await Promise.all(unsigned.map((id) => this.organisations.findById(id)));
      throw noSigners(named.map((o, i) => o?.name ?? unsigned[i]));
    }
    const signers = await this.registrations.signers(project.id, organisationIds);
    const now = this.clock.now();
    return this.unitOfWork.run(async (m) => {
      await this.registrations.lockQuestion(m, questionId);
      const superseded = await this.registrations.supersedeOpen(m, questionId, now);
      const round = Object.assign(new QuestionRegistration(), {
        id: randomUUID(),
        questionId,
        projectId: question.projectId,
        round: await this.registrations.nextRound(m, questionId),
        status: 'requested',
        content,
        contentHash: registrationHash(content),
        requestedById: user.id,
        requestedAt: now,
        closedAt: null,
      });
      await this.registrations.create(m, round, organisationIds);
      await this.record(m, principal, round, 'question.registration.requested', {
        contentHash: round.contentHash,
        organisationIds,
        superseded,
      });
      // Everyone who may sign for one of the organisations hears of it; the page they are sent
      // to is the question's, where the round is.
      await this.notifications.signOffRequested(m, {
        projectId: question.projectId,
        objectType: 'question',
        objectId: questionId,
        title: question.title,
        recipientIds: signers.map((signer) => signer.id),
        requestedById: user.id,
      });
      return round;
    });
  }

  async signOff(input: SignOffRegistrationInput, principal: Principal) {
    const user = signedInUser(principal);
    const reason = input.reason.trim();
    if (input.decision === 'request_changes' && !reason) throw reasonRequired();
    const now = this.clock.now();
    return this.unitOfWork.run(async (m) => {
      // Locked, so that of two last approvals racing, the second sees the first.
      const round = (await this.registrations.lockRound(m, input.registrationId))!;
      if (round.status !== 'requested') throw roundClosed(round.status);
      const signOffs = await this.registrations.signOffsOf([round.id], m);
      const own = signOffs.find((s) => s.organisationId === user.organisationId);
      if (!own) throw notASignatory();
      const decided = await this.registrations.decide(m, {
        registrationId: round.id,
        organisationId: own.organisationId,
        decision: input.decision,
        decidedById: user.id,
        reason,
        decidedAt: now,
      });
      if (!decided) {
        const organisation = await this.organisations.findById(own.organisationId);
        throw alreadySigned(organisation?.name ?? 'Your organisation');
      }
      await this.record(m, principal, round, 'question.registration.signedOff', {
        organisationId: own.organisationId,
        decision: input.decision,
        ...(reason ? { reason } : {}),
      });
      const outcome = roundOutcome(
        signOffs.map((s) =>
          s.organisationId === own.organisationId ? input.decision : s.decision,
        ),
      );
      if (outcome !== 'requested') {
        await this.registrations.close(m, round.id, outcome, now);
        await this.record(
          m,
          principal,
          round,
          outcome === 'registered'
            ? 'question.registered'
            : 'question.registration.changesRequested',
          { contentHash: round.contentHash },
        );
        Object.assign(round, { status: outcome, closedAt: now });
      }
      return round;
    });
  }

  private record(
    m: EntityManager,
    principal: Principal,
    round: QuestionRegistration,
    action: ProjectActivityAction,
    detail: Record<string, unknown>,
  ) {
    return this.activity.record(m, principal, {
      action,
      objectType: 'questionRegistration',
      objectId: round.id,
      projectId: round.projectId,
      detail: { questionId: round.questionId, round: round.round, ...detail },
    });
  }
}
