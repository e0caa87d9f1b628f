import { Module, OnModuleInit } from '@nestjs/common';
import { ProjectScopes } from '../projects/project-scopes';
import { QuestionsModule } from '../questions/questions.module';
import { EvidenceTargets } from './evidence-targets';
import {
  HypothesisFieldsResolver,
  ProjectHypothesesResolver,
  QuestionHypothesesResolver,
} from './hypothesis-fields.resolver';
import { HypothesisEvents } from './hypothesis-events';
import { HypothesisLiveResolver } from './hypothesis-live.resolver';
import { HypothesisLoaders } from './hypothesis.loaders';
import { HypothesisProgressRepository } from './hypothesis-progress.repository';
import { ProjectHypothesisProgressResolver } from './hypothesis-progress.resolver';
import { HypothesisProgressService } from './hypothesis-progress.service';
import { HypothesisTransitionsService } from './hypothesis-transitions.service';
import { HypothesesRepository } from './hypotheses.repository';
import { HypothesesResolver } from './hypotheses.resolver';
import { HypothesesService } from './hypotheses.service';

/** Hypotheses under research questions, their lifecycle and its history. */
@Module({
  imports: [QuestionsModule],
  providers: [
    HypothesesRepository,
    HypothesesService,
    HypothesisTransitionsService,
    EvidenceTargets,
    HypothesisLoaders,
    HypothesisEvents,
    HypothesesResolver,
    HypothesisLiveResolver,
    HypothesisFieldsResolver,
    ProjectHypothesesResolver,
    QuestionHypothesesResolver,
    HypothesisProgressRepository,
    HypothesisProgressService,
    ProjectHypothesisProgressResolver,
  ],
  exports: [HypothesesRepository],
})
export class HypothesesModule implements OnModuleInit {
  constructor(
    private readonly scopes: ProjectScopes,
    private readonly hypotheses: HypothesesRepository,
  ) {}

  onModuleInit(): void {
    this.scopes.register('hypothesis', (id) => this.hypotheses.projectIdOf(id));
  }
}
