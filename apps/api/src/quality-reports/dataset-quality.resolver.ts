import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { QualityReportState } from '@ketenlab/domain';
import type { Request } from 'express';
import { Can } from '../auth/can.decorator';
import { HttpRequest } from '../common/context/graphql-context';
import { QualityReportStateEnum } from '../common/graphql/domain-enums';
import { Dataset } from '../datasets/dataset.entity';
import { QualityReport } from './quality-report.entity';
import { QualityReportLoaders } from './quality-report.loaders';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;

/** The quality side of a dataset: its reports and the badge that counts the unresolved ones. */
@Resolver(() => Dataset)
export class DatasetQualityResolver {
  constructor(private readonly loaders: QualityReportLoaders) {}

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => Int, {
    description: 'Unresolved (open or answered) quality reports: the badge wherever it appears.',
  })
  openQualityReportCount(@Parent() dataset: Dataset, @HttpRequest() req: Request) {
    return this.loaders.unresolvedCount(req, dataset.id);
  }

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => [QualityReport], {
    description: 'Quality reports about this dataset, newest first; all states unless filtered.',
  })
  qualityReports(
    @Parent() dataset: Dataset,
    @HttpRequest() req: Request,
    @Args('states', { type: () => [QualityReportStateEnum], nullable: true })
    states?: QualityReportState[] | null,
  ): Promise<QualityReport[]> {
    return this.loaders.ofDataset(req, dataset.id, states ?? []);
  }
}
