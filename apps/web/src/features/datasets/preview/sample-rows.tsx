import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { useNumberFormat } from '../../../shared/format';
import { Loading, QueryError } from '../../../shared/page';
import { PreviewTable } from './preview-table';

const DatasetSampleRowsQuery = graphql(`
  query DatasetSampleRows($id: ID!) {
    dataset(id: $id) {
      id
      latestVersion {
        id
        rowCount
        sampleRows
        profile {
          columns {
            index
            name
          }
        }
      }
    }
  }
`);

/**
 * Rows drawn evenly from the whole file while it was read, for a look beyond its first pages
 * (a file sorted by date shows only its oldest rows first). Asked for when opened.
 */
export function SampleRows({ datasetId }: { datasetId: string }) {
  const { t } = useTranslation('datasets');
  const number = useNumberFormat();
  const [open, setOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(DatasetSampleRowsQuery, {
    variables: { id: datasetId },
    skip: !open,
  });
  const version = data?.dataset.latestVersion;
  return (
    <details className="kl-sample" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('preview.sample')}</summary>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {version && version.sampleRows.length === 0 ? (
        <Paragraph>{t('preview.none')}</Paragraph>
      ) : null}
      {version && version.sampleRows.length ? (
        <PreviewTable
          caption={t('preview.sampleCaption', {
            count: version.sampleRows.length,
            total: number.integer(version.rowCount),
          })}
          rowLabel={t('preview.row')}
          columns={version.profile.columns.map((column) => column.name)}
          rows={version.sampleRows}
          offset={null}
        />
      ) : null}
    </details>
  );
}
