import type { Cases } from '../permission-walk';
import { next, report } from '../permission-world';

/** Quality reports about a dataset: filing, the thread and handling them. */
export const QUALITY_REPORT_CASES: Cases = {
  qualityReport: {
    action: 'qualityReport.read',
    call: async (w) => ({
      query: 'query($id: ID!) { qualityReport(id: $id) { id state } }',
      variables: { id: (await report(w)).id },
    }),
  },
  fileQualityReport: {
    action: 'qualityReport.file',
    call: async (w) => ({
      query:
        'mutation($input: FileQualityReportInput!) { fileQualityReport(input: $input) { id } }',
      variables: {
        input: {
          datasetId: (await w.f.dataset(w.lead.token, w.projectId)).id,
          dimension: 'timeliness',
          description: `Verouderd ${next()}`,
        },
      },
    }),
  },
  replyToQualityReport: {
    action: 'qualityReport.reply',
    call: async (w) => ({
      query:
        'mutation($input: ReplyToQualityReportInput!) { replyToQualityReport(input: $input) { state } }',
      variables: { input: { reportId: (await report(w)).id, message: 'Welke wijk?' } },
    }),
  },
  confirmQualityReport: {
    action: 'qualityReport.handle',
    call: async (w) => ({
      query:
        'mutation($input: ConfirmQualityReportInput!) { confirmQualityReport(input: $input) { state } }',
      variables: { input: { reportId: (await report(w)).id, note: 'Klopt.' } },
    }),
  },
  rejectQualityReport: {
    action: 'qualityReport.handle',
    call: async (w) => ({
      query:
        'mutation($input: RejectQualityReportInput!) { rejectQualityReport(input: $input) { state } }',
      variables: { input: { reportId: (await report(w)).id, reason: 'Klopt wel.' } },
    }),
  },
};
