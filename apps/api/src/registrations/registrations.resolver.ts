import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { QuestionRegistration } from './question-registration.entity';
import { SignOffRegistrationInput } from './registrations.inputs';
import { RegistrationsService } from './registrations.service';

@Resolver(() => QuestionRegistration)
export class RegistrationsResolver {
  constructor(private readonly registrations: RegistrationsService) {}

  @Can('question.requestRegistration', ({ args }) => ({ kind: 'question', id: args.questionId }))
  @Mutation(() => QuestionRegistration, {
    description:
      'Asks every organisation of the project to sign off on the question and its hypotheses as ' +
      'they stand now; supersedes a round that is still open.',
  })
  requestRegistration(
    @Args('questionId', { type: () => ID }) questionId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.registrations.request(questionId, principal);
  }

  @Can('question.signOffRegistration', ({ args }) => ({
    kind: 'questionRegistration',
    id: args.input?.registrationId,
  }))
  @Mutation(() => QuestionRegistration, {
    description:
      'Approves, or asks for changes (with a reason), for your own organisation, once per round. ' +
      'The last approval registers the question; a request for changes closes the round.',
  })
  signOffRegistration(
    @Args('input') input: SignOffRegistrationInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.registrations.signOff(input, principal);
  }
}
