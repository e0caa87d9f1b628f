import { useQuery } from '@apollo/client/react';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { FormattedDate, useNumberFormat } from '../../../shared/format';
import { Loading, QueryError } from '../../../shared/page';
import { SchemaDiffSummary } from './schema-diff-summary';

const DatasetVersionsQuery = graphql(`
  query DatasetVersions($id: ID!) {
    dataset(id: $id) {
      id
      versions {
        id
        number
        fileName
        byteSize
        rowCount
        createdAt
        uploadedBy {
          id
          name
        }
        schemaChanges {
          added {
            name
            type
          }
          removed {
            name
            type
          }
          retyped {
            name
            from
            to
          }
        }
      }
    }
  }
`);

/** Every upload, newest first, with what changed in the columns since the one before. */
export function DatasetVersions({ datasetId }: { datasetId: string }) {
  const { t } = useTranslation('datasets');
  const number = useNumberFormat();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(DatasetVersionsQuery, {
    variables: { id: datasetId },
  });
  const versions = data?.dataset.versions ?? [];
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('versions.title')}</Heading2>
      <Paragraph>{t('versions.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && versions.length === 0 ? <Paragraph>{t('versions.empty')}</Paragraph> : null}
      {versions.length ? (
        <div className="kl-table-scroll">
          <Table className="kl-table">
            <TableCaption className="kl-visually-hidden">{t('versions.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('versions.number')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('versions.file')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('versions.uploaded')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="kl-numeric">
                  {t('versions.rows')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('versions.changes')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.map((version) => (
                <TableRow key={version.id}>
                  <TableHeaderCell scope="row">
                    {t('versions.versionNumber', { number: version.number })}
                  </TableHeaderCell>
                  <TableCell className="kl-break">
                    {version.fileName}
                    <br />
                    <span className="kl-muted">{number.bytes(version.byteSize)}</span>
                  </TableCell>
                  <TableCell>
                    <FormattedDate value={version.createdAt} withTime />
                    <br />
                    <span className="kl-muted">{version.uploadedBy.name}</span>
                  </TableCell>
                  <TableCell className="kl-numeric">{number.integer(version.rowCount)}</TableCell>
                  <TableCell>
                    <SchemaDiffSummary diff={version.schemaChanges} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
