import type { QualityReportState } from '@ketenlab/domain';
import { AppError } from '../common/errors/app-error';

/** The report has a resolution already: replies and new resolutions are refused. */
export const resolvedReport = (state: QualityReportState) =>
  new AppError(
    'CONFLICT',
    `This report has been ${state} and is closed. File a new report if the doubt remains.`,
  );

/** Someone resolved or answered the report between reading and writing. */
export const changedMeanwhile = () =>
  new AppError('CONFLICT', 'Someone else changed this report just now. Reload and try again.');
