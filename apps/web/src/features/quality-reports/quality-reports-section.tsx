import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading, QueryError } from '../../shared/page';
import { OpenReportBadge } from './open-report-badge';
import { QualityReportForm } from './quality-report-form';
import { QualityReportItem } from './quality-report-item';
import './quality-reports.css';

const DatasetQualityReportsQuery = graphql(`
  query DatasetQualityReports($id: ID!) {
    dataset(id: $id) {
      id
      openQualityReportCount
      versions {
        id
        number
      }
      qualityReports {
        id
        dimension
        column
        description
        state
        createdAt
        resolvedAt
        resolutionNote
        fixedInVersionId
        allowedMoves
        reporter {
          id
          name
        }
        reporterOrganisation {
          id
          name
        }
        resolvedBy {
          id
          name
        }
        messages {
          id
          body
          ownerSide
          createdAt
          author {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * Everything about quality reports on a dataset page: the badge, the reports with their
 * conversations and the owner's actions, and the form to report doubt. The page passes the
 * columns of the current version, which it already has.
 */
export function QualityReportsSection({
  datasetId,
  columns,
}: {
  datasetId: string;
  columns: readonly string[];
}) {
  const { t } = useTranslation('qualityReports');
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(DatasetQualityReportsQuery, {
    variables: { id: datasetId },
  });
  const reports = data?.dataset.qualityReports ?? [];
  const versions = data?.dataset.versions ?? [];
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <div className="kl-title-row">
        <Heading2 id={headingId}>{t('section.title')}</Heading2>
        <OpenReportBadge count={data?.dataset.openQualityReportCount ?? 0} />
      </div>
      <Paragraph>{t('section.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && reports.length === 0 ? <Paragraph>{t('section.empty')}</Paragraph> : null}
      {reports.length ? (
        <ul className="kl-quality-reports" role="list">
          {reports.map((report) => (
            <li key={report.id}>
              <QualityReportItem report={report} versions={versions} />
            </li>
          ))}
        </ul>
      ) : null}
      <QualityReportForm datasetId={datasetId} columns={columns} />
    </section>
  );
}
