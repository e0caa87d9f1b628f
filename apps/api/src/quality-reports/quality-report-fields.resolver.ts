import { qualityReportMoves, type QualityReportMove } from '@ketenlab/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { QualityReportMoveEnum } from '../common/graphql/domain-enums';
import { DatasetLoader } from '../datasets/dataset.loader';
import { Dataset } from '../datasets/dataset.entity';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { QualityReportMessage } from './quality-report-message.entity';
import { QualityReport } from './quality-report.entity';
import { QualityReportLoaders } from './quality-report.loaders';
import { QualityReportsService } from './quality-reports.service';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;

@Resolver(() => QualityReport)
export class QualityReportFieldsResolver {
  constructor(
    private readonly loaders: QualityReportLoaders,
    private readonly users: UserLoader,
    private readonly organisations: OrganisationLoader,
    private readonly reports: QualityReportsService,
    private readonly datasets: DatasetLoader,
  ) {}

  @Can('dataset.read', ofParent)
  @ResolveField(() => Dataset)
  async dataset(@Parent() report: QualityReport, @HttpRequest() req: Request) {
    return (await this.datasets.load(req, report.datasetId))!;
  }

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => User)
  async reporter(@Parent() report: QualityReport, @HttpRequest() req: Request) {
    return (await this.users.load(req, report.reporterId))!;
  }

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => Organisation, { description: 'The organisation the reporter spoke for.' })
  async reporterOrganisation(@Parent() report: QualityReport, @HttpRequest() req: Request) {
    return (await this.organisations.load(req, report.reporterOrganisationId))!;
  }

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => User, { nullable: true, description: 'Who confirmed or rejected it.' })
  resolvedBy(@Parent() report: QualityReport, @HttpRequest() req: Request) {
    return report.resolvedById ? this.users.load(req, report.resolvedById) : null;
  }

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => [QualityReportMessage], { description: 'Answers and replies, oldest first.' })
  messages(@Parent() report: QualityReport, @HttpRequest() req: Request) {
    return this.loaders.messages(req, report);
  }

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => [QualityReportMoveEnum], { description: 'What you may do to it now.' })
  async allowedMoves(
    @Parent() report: QualityReport,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QualityReportMove[]> {
    return qualityReportMoves(report.state, await this.reports.actor(principal, report));
  }
}

@Resolver(() => QualityReportMessage)
export class QualityReportMessageFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @Can('qualityReport.read', ofParent)
  @ResolveField(() => User)
  async author(@Parent() message: QualityReportMessage, @HttpRequest() req: Request) {
    return (await this.users.load(req, message.authorId))!;
  }
}
