import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import { HttpRequest } from '../common/context/graphql-context';
import { QuestionVersion } from './question-version.entity';

@Resolver(() => QuestionVersion)
export class QuestionVersionFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  /** Whoever may read the question may see who saved its versions, as with its activity. */
  @Can('question.read', ({ parent }) => ({ kind: 'question', id: parent.questionId }))
  @ResolveField(() => User, { description: 'Who saved this version.' })
  async createdBy(@Parent() version: QuestionVersion, @HttpRequest() req: Request): Promise<User> {
    // RESTRICT on the foreign key: a version's author is never deleted from under it.
    return (await this.users.load(req, version.createdById))!;
  }
}
