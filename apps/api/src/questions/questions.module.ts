import { Module, OnModuleInit } from '@nestjs/common';
import { ProjectScopes } from '../projects/project-scopes';
import { ProjectQuestionsResolver, QuestionFieldsResolver } from './question-fields.resolver';
import { QuestionDependents } from './question-dependents';
import { QuestionMirrorService } from './question-mirror.service';
import { QuestionVersionFieldsResolver } from './question-version-fields.resolver';
import { QuestionVersionsResolver } from './question-versions.resolver';
import { QuestionVersionsService } from './question-versions.service';
import { QuestionsRepository } from './questions.repository';
import { QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';

/** Research questions. Needs LiveDocuments, which the collaboration module provides. */
@Module({
  providers: [
    QuestionsRepository,
    QuestionsService,
    QuestionDependents,
    QuestionMirrorService,
    QuestionVersionsService,
    QuestionsResolver,
    QuestionVersionsResolver,
    QuestionVersionFieldsResolver,
    QuestionFieldsResolver,
    ProjectQuestionsResolver,
  ],
  exports: [QuestionsRepository, QuestionMirrorService, QuestionDependents],
})
export class QuestionsModule implements OnModuleInit {
  constructor(
    private readonly scopes: ProjectScopes,
    private readonly questions: QuestionsRepository,
  ) {}

  onModuleInit(): void {
    this.scopes.register('question', (id) => this.questions.projectIdOf(id));
    this.scopes.register('questionVersion', (id) => this.questions.projectIdOfVersion(id));
  }
}
