import { Module, OnModuleInit } from '@nestjs/common';
import { HypothesesModule } from '../hypotheses/hypotheses.module';
import { ProjectScopes } from '../projects/project-scopes';
import { QuestionsModule } from '../questions/questions.module';
import { RegistrationContentService } from './registration-content.service';
import {
  QuestionRegistrationsResolver,
  RegistrationFieldsResolver,
  RegistrationSignOffFieldsResolver,
} from './registration-fields.resolver';
import { RegistrationLoaders } from './registration.loaders';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsResolver } from './registrations.resolver';
import { RegistrationsService } from './registrations.service';

/** Preregistration of questions: sign-off rounds, the frozen content, deviations from it. */
@Module({
  imports: [QuestionsModule, HypothesesModule],
  providers: [
    RegistrationsRepository,
    RegistrationsService,
    RegistrationContentService,
    RegistrationLoaders,
    RegistrationsResolver,
    QuestionRegistrationsResolver,
    RegistrationFieldsResolver,
    RegistrationSignOffFieldsResolver,
  ],
})
export class RegistrationsModule implements OnModuleInit {
  constructor(
    private readonly scopes: ProjectScopes,
    private readonly registrations: RegistrationsRepository,
  ) {}

  onModuleInit(): void {
    this.scopes.register('questionRegistration', (id) => this.registrations.projectIdOf(id));
  }
}
