import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { QualityReport } from './quality-report.entity';
import {
  ConfirmQualityReportInput,
  FileQualityReportInput,
  RejectQualityReportInput,
  ReplyToQualityReportInput,
} from './quality-reports.inputs';
import { QualityReportsService } from './quality-reports.service';

const report = (id: string | undefined) => ({ kind: 'qualityReport', id });

@Resolver(() => QualityReport)
export class QualityReportsResolver {
  constructor(private readonly reports: QualityReportsService) {}

  @Can('qualityReport.read', ({ args }) => report(args.id))
  @Query(() => QualityReport)
  qualityReport(@Args('id', { type: () => ID }) id: string): Promise<QualityReport> {
    return this.reports.get(id);
  }

  @Can('qualityReport.file', ({ args }) => ({ kind: 'dataset', id: args.input?.datasetId }))
  @Mutation(() => QualityReport, {
    description: 'Reports doubt about a dataset; its owner organisation is told and answers.',
  })
  fileQualityReport(
    @Args('input') input: FileQualityReportInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.file(input, principal);
  }

  @Can('qualityReport.reply', ({ args }) => report(args.input?.reportId))
  @Mutation(() => QualityReport, {
    description:
      'Adds a message to an unresolved report. From the owner side it answers the report; ' +
      'from anyone else it puts the report back with the owner (open).',
  })
  replyToQualityReport(
    @Args('input') input: ReplyToQualityReportInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.reply(input, principal);
  }

  @Can('qualityReport.handle', ({ args }) => report(args.input?.reportId))
  @Mutation(() => QualityReport, {
    description:
      'The owner agrees: with the version that fixes it, a note, or both. Everything relying ' +
      'on the dataset is flagged.',
  })
  confirmQualityReport(
    @Args('input') input: ConfirmQualityReportInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.confirm(input, principal);
  }

  @Can('qualityReport.handle', ({ args }) => report(args.input?.reportId))
  @Mutation(() => QualityReport, { description: 'The owner disagrees, and says why.' })
  rejectQualityReport(
    @Args('input') input: RejectQualityReportInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.reject(input, principal);
  }
}
