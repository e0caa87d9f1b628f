import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import type { Request } from 'express';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { OrganisationOwnership } from '../projects/organisation-ownership';
import { Dataset } from './dataset.entity';
import {
  CreateDatasetInput,
  SetDatasetRowAccessInput,
  UpdateDatasetInput,
} from './datasets.inputs';
import { DatasetsService } from './datasets.service';

@Resolver(() => Dataset)
export class DatasetsResolver {
  constructor(
    private readonly datasetsService: DatasetsService,
    private readonly ownership: OrganisationOwnership,
  ) {}

  @Can('dataset.read', ({ args }) => ({ kind: 'dataset', id: args.id }))
  @Query(() => Dataset)
  dataset(@Args('id', { type: () => ID }) id: string): Promise<Dataset> {
    return this.datasetsService.get(id);
  }

  @Can('dataset.create', ({ args }) => args.input?.projectId)
  @Mutation(() => Dataset, {
    description:
      'A new dataset with its metadata, owned by your organisation; upload versions to ' +
      'POST /api/projects/:projectId/datasets/:datasetId/versions.',
  })
  createDataset(
    @Args('input') input: CreateDatasetInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.datasetsService.create(input, principal);
  }

  @Can('dataset.update', ({ args }) => ({ kind: 'dataset', id: args.input?.id }))
  @Mutation(() => Dataset, { description: 'Edits the metadata of a dataset.' })
  updateDataset(
    @Args('input') input: UpdateDatasetInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.datasetsService.update(input, principal);
  }

  @Can('dataset.access.manage', ({ args }) => ({ kind: 'dataset', id: args.input?.datasetId }))
  @Mutation(() => Dataset, {
    description: "Sets which organisations besides the owner may read the dataset's rows.",
  })
  async setDatasetRowAccess(
    @Args('input') input: SetDatasetRowAccessInput,
    @CurrentPrincipal() principal: Principal,
    @HttpRequest() req: Request,
  ) {
    const dataset = await this.datasetsService.setRowAccess(input, principal);
    // The guard looked the old access up in this request; the answer must show the new one.
    this.ownership.forget(req, 'dataset', dataset.id);
    return dataset;
  }
}
