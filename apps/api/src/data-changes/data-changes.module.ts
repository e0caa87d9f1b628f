import { Global, Module, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/events/domain-events';
import { DatasetsModule } from '../datasets/datasets.module';
import { ProjectScopes } from '../projects/project-scopes';
import { DataChangeFlagsRepository } from './data-change-flags.repository';
import { DataChangeLoaders } from './data-change.loaders';
import { DataChangesResolver, HypothesisDataChangesResolver } from './data-changes.resolver';
import { DataChangesService } from './data-changes.service';
import { DatasetDependants } from './dataset-dependants';

/**
 * "Data changed since" flags on whatever relies on a dataset. Global: kinds of dependant
 * register with DatasetDependants, and quality reports raise flags through DataChangesService.
 */
@Global()
@Module({
  imports: [DatasetsModule],
  providers: [
    DataChangeFlagsRepository,
    DatasetDependants,
    DataChangesService,
    DataChangeLoaders,
    DataChangesResolver,
    HypothesisDataChangesResolver,
  ],
  exports: [DatasetDependants, DataChangesService],
})
export class DataChangesModule implements OnModuleInit {
  constructor(
    private readonly scopes: ProjectScopes,
    private readonly flags: DataChangeFlagsRepository,
    private readonly events: DomainEvents,
    private readonly dataChanges: DataChangesService,
  ) {}

  onModuleInit(): void {
    this.scopes.register('dataChangeFlag', (id) => this.flags.projectIdOf(id));
    this.events.on('dataset.versionAdded', async (manager, principal, event) => {
      await this.dataChanges.raise(manager, principal, {
        datasetId: event.datasetId,
        reason: 'new_version',
        datasetVersionId: event.versionId,
      });
    });
  }
}
