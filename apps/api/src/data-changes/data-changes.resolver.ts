import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { DatasetLoader } from '../datasets/dataset.loader';
import { Dataset } from '../datasets/dataset.entity';
import { Hypothesis } from '../hypotheses/hypothesis.entity';
import { DataChangeFlag } from './data-change-flag.entity';
import { DataChangeLoaders } from './data-change.loaders';
import { DataChangesService } from './data-changes.service';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;

@Resolver(() => DataChangeFlag)
export class DataChangesResolver {
  constructor(
    private readonly dataChanges: DataChangesService,
    private readonly users: UserLoader,
    private readonly datasets: DatasetLoader,
  ) {}

  @Can('dataChange.acknowledge', ({ args }) => ({ kind: 'dataChangeFlag', id: args.id }))
  @Mutation(() => DataChangeFlag, {
    description: 'Says you have looked at what changed; the flag then leaves the open list.',
  })
  acknowledgeDataChange(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DataChangeFlag> {
    return this.dataChanges.acknowledge(id, principal);
  }

  /** Checked against the dataset's own project, though evidence only cites its own project's. */
  @Can('dataset.read', ({ parent }) => ({ kind: 'dataset', id: parent.datasetId }))
  @ResolveField(() => Dataset, { description: 'The dataset that changed.' })
  async dataset(@Parent() flag: DataChangeFlag, @HttpRequest() req: Request) {
    return (await this.datasets.load(req, flag.datasetId))!;
  }

  @Can('dataChange.read', ofParent)
  @ResolveField(() => User, { nullable: true, description: 'Who made the change.' })
  raisedBy(@Parent() flag: DataChangeFlag, @HttpRequest() req: Request) {
    return flag.raisedById ? this.users.load(req, flag.raisedById) : null;
  }

  @Can('dataChange.read', ofParent)
  @ResolveField(() => User, { nullable: true })
  acknowledgedBy(@Parent() flag: DataChangeFlag, @HttpRequest() req: Request) {
    return flag.acknowledgedById ? this.users.load(req, flag.acknowledgedById) : null;
  }
}

@Resolver(() => Hypothesis)
export class HypothesisDataChangesResolver {
  constructor(private readonly loaders: DataChangeLoaders) {}

  @Can('hypothesis.read', ofParent)
  @ResolveField(() => [DataChangeFlag], {
    description:
      'Data this hypothesis cites changed since (newest first): open flags, or all with includeAcknowledged.',
  })
  dataChanges(
    @Parent() hypothesis: Hypothesis,
    @HttpRequest() req: Request,
    @Args('includeAcknowledged', { defaultValue: false }) includeAcknowledged: boolean,
  ): Promise<DataChangeFlag[]> {
    return this.loaders.of(req, 'hypothesis', hypothesis.id, includeAcknowledged);
  }
}
