export { DataChangeFlags } from './data-change-flags';
export { OpenReportBadge } from './open-report-badge';
export { QualityReportsSection } from './quality-reports-section';
export type { DatasetVersionChoice } from './report-action-forms';
