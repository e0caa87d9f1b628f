import {
  canonicalRegistrationJson,
  maySignOff,
  registrationDeviations,
  type RegisteredHypothesis,
} from '@ketenlab/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { ProjectAccess } from '../projects/project-access.service';
import { Question } from '../questions/question.entity';
import { QuestionsRepository } from '../questions/questions.repository';
import { QuestionRegistration } from './question-registration.entity';
import { RegistrationContentService } from './registration-content.service';
import { RegistrationLoaders } from './registration.loaders';
import {
  RegisteredHypothesisType,
  RegistrationDeviationType,
  RegistrationSignOffType,
} from './registration.types';
import { RegistrationsService } from './registrations.service';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;

@Resolver(() => Question)
export class QuestionRegistrationsResolver {
  constructor(private readonly service: RegistrationsService) {}

  @Can('question.read', ofParent)
  @ResolveField(() => QuestionRegistration, {
    nullable: true,
    description: 'The registration in force: the newest round every organisation approved.',
  })
  registration(@Parent() question: Question): Promise<QuestionRegistration | null> {
    return this.service.inForce(question.id);
  }

  @Can('question.read', ofParent)
  @ResolveField(() => [QuestionRegistration], {
    description: 'Every registration round, newest first (an open one comes first).',
  })
  registrations(@Parent() question: Question): Promise<QuestionRegistration[]> {
    return this.service.roundsOf(question.id);
  }
}

@Resolver(() => QuestionRegistration)
export class RegistrationFieldsResolver {
  constructor(
    private readonly loaders: RegistrationLoaders,
    private readonly users: UserLoader,
    private readonly questions: QuestionsRepository,
    private readonly content: RegistrationContentService,
  ) {}

  @Can('question.read', ofParent)
  @ResolveField(() => String, { description: 'The question title as asked to be signed off.' })
  title(@Parent() round: QuestionRegistration): string {
    return round.content.title;
  }

  @Can('question.read', ofParent)
  @ResolveField(() => String, { description: 'The plain-text body as asked to be signed off.' })
  bodyText(@Parent() round: QuestionRegistration): string {
    return round.content.bodyText;
  }

  @Can('question.read', ofParent)
  @ResolveField(() => [RegisteredHypothesisType])
  hypotheses(@Parent() round: QuestionRegistration): RegisteredHypothesis[] {
    return round.content.hypotheses;
  }

  @Can('question.read', ofParent)
  @ResolveField(() => String, {
    description:
      'The exact text contentHash is the sha256 (hex, UTF-8) of, so anyone can check the hash.',
  })
  canonicalContent(@Parent() round: QuestionRegistration): string {
    return canonicalRegistrationJson(round.content);
  }

  @Can('question.read', ofParent)
  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the last organisation approved; null unless registered.',
  })
  registeredAt(@Parent() round: QuestionRegistration): Date | null {
    return round.status === 'registered' ? round.closedAt : null;
  }

  @Can('question.read', ofParent)
  @ResolveField(() => User)
  async requestedBy(@Parent() round: QuestionRegistration, @HttpRequest() req: Request) {
    return (await this.users.load(req, round.requestedById))!;
  }

  @Can('question.read', ofParent)
  @ResolveField(() => [RegistrationSignOffType], {
    description: 'One per organisation asked: the project owner first, then the partners by name.',
  })
  signOffs(@Parent() round: QuestionRegistration, @HttpRequest() req: Request) {
    return this.loaders.signOffs(req, round);
  }

  @Can('question.read', ofParent)
  @ResolveField(() => [RegistrationDeviationType], {
    description:
      'How the live question differs from this round’s content: for the registration in force, ' +
      'its deviations; for an open round, what changed since it was requested.',
  })
  async deviations(@Parent() round: QuestionRegistration) {
    const question = (await this.questions.findById(round.questionId))!;
    return registrationDeviations(round.content, await this.content.current(question));
  }
}

@Resolver(() => RegistrationSignOffType)
export class RegistrationSignOffFieldsResolver {
  constructor(
    private readonly users: UserLoader,
    private readonly organisations: OrganisationLoader,
    private readonly access: ProjectAccess,
  ) {}

  @Can('question.read', ofParent)
  @ResolveField(() => Organisation)
  async organisation(@Parent() signOff: RegistrationSignOffType, @HttpRequest() req: Request) {
    return (await this.organisations.load(req, signOff.organisationId))!;
  }

  @Can('question.read', ofParent)
  @ResolveField(() => User, { nullable: true, description: 'The member who decided.' })
  async by(@Parent() signOff: RegistrationSignOffType, @HttpRequest() req: Request) {
    return signOff.decidedById ? this.users.load(req, signOff.decidedById) : null;
  }

  @Can('question.read', ofParent)
  @ResolveField(() => Boolean, { description: 'Whether you may decide for this organisation now.' })
  async mayDecide(
    @Parent() signOff: RegistrationSignOffType,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    return maySignOff({
      relation: await this.access.relationOf(principal, signOff.projectId),
      organisationId: signedInUser(principal).organisationId,
      roundStatus: signOff.roundStatus,
      signOff,
    });
  }
}
