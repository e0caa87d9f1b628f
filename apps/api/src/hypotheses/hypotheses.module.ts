import { Module, OnModuleInit } from '@nestjs/common';
import { DatasetDependants } from '../data-changes/dataset-dependants';
import { DatasetsModule } from '../datasets/datasets.module';
import { ProjectScopes } from '../projects/project-scopes';
import { QuestionDependents } from '../questions/question-dependents';
import { QuestionsModule } from '../questions/questions.module';
import { SearchIndex } from '../search/search-index';
import { EvidenceTargets } from './evidence-targets';
import {
  HypothesisFieldsResolver,
  ProjectHypothesesResolver,
  QuestionHypothesesResolver,
} from './hypothesis-fields.resolver';
import { HypothesisEvents } from './hypothesis-events';
import { HypothesisFieldValues } from './hypothesis-field-values';
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
  imports: [QuestionsModule, DatasetsModule],
  providers: [
    HypothesesRepository,
    HypothesesService,
    HypothesisTransitionsService,
    EvidenceTargets,
    HypothesisLoaders,
    HypothesisFieldValues,
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
    private readonly questionDependents: QuestionDependents,
    private readonly search: SearchIndex,
    private readonly dependants: DatasetDependants,
  ) {}

  onModuleInit(): void {
    this.scopes.register('hypothesis', (id) => this.hypotheses.projectIdOf(id));
    // The database cascades a deleted question to its hypotheses, but not to their search entries.
    this.questionDependents.register(async (m, questionId) => {
      for (const id of await this.hypotheses.idsByQuestion(m, questionId))
        await this.search.remove(m, 'hypothesis', id);
    });
    this.dependants.register('hypothesis', (manager, datasetId) =>
      this.hypotheses.citingDataset(manager, datasetId),
    );
  }
}
