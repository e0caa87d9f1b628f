import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { DatasetProfileQuery } from '../../../gql/graphql';
import { useFormat, useNumberFormat } from '../../../shared/format';
import { Loading, QueryError } from '../../../shared/page';
import { ColumnProfileCard } from './column-profile-card';
import { ShareMeter } from './share-meter';

const DatasetProfileQueryDocument = graphql(`
  query DatasetProfile($id: ID!, $withValues: Boolean!) {
    dataset(id: $id) {
      id
      timeliness {
        status
        nextUpdateDue
        daysOverdue
      }
      latestVersion {
        id
        number
        fileName
        format
        byteSize
        profile {
          encoding
          delimiter
          sheet
          rowCount
          completeness
          columns {
            index
            name
            type
            emptyCount
            completeness
            nonConforming
            distinctCount
            distinctExact
            values @include(if: $withValues) {
              min
              max
              mean
              histogram {
                from
                to
                count
              }
              topValues {
                value
                count
              }
              topValuesExact
            }
          }
        }
      }
    }
  }
`);

export type DatasetProfileData = NonNullable<DatasetProfileQuery['dataset']['latestVersion']>;

interface DatasetProfileSectionProps {
  datasetId: string;
  /** Values read from rows are asked for only by whom may see them; the API refuses the rest. */
  mayReadRows: boolean;
}

/**
 * The automatic profile of the latest version: overall completeness and timeliness, then a
 * card per column with its kind, fill, range, frequent values and a small distribution chart.
 */
export function DatasetProfileSection({ datasetId, mayReadRows }: DatasetProfileSectionProps) {
  const { t } = useTranslation('datasets');
  const number = useNumberFormat();
  const dates = useFormat();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(DatasetProfileQueryDocument, {
    variables: { id: datasetId, withValues: mayReadRows },
  });
  const version = data?.dataset.latestVersion;
  const timeliness = data?.dataset.timeliness;
  const timelinessText = (() => {
    if (!timeliness || timeliness.status === 'unknown' || !timeliness.nextUpdateDue)
      return t('profile.timelinessUnknown');
    const date = dates.date(timeliness.nextUpdateDue);
    return timeliness.status === 'overdue'
      ? t('profile.timelinessOverdue', { count: timeliness.daysOverdue, date })
      : t('profile.timelinessDue', { date });
  })();
  const timelinessState = (status: string) =>
    status === 'timely' || status === 'overdue' || status === 'unknown'
      ? t(`profile.timelinessState.${status}`)
      : status;

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('profile.title')}</Heading2>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !version ? <Paragraph>{t('profile.none')}</Paragraph> : null}
      {version ? (
        <>
          <Paragraph>{t('profile.intro', { number: version.number })}</Paragraph>
          <dl className="kl-figures">
            <div>
              <dt>{t('profile.rows')}</dt>
              <dd>{number.integer(version.profile.rowCount)}</dd>
            </div>
            <div>
              <dt>{t('profile.columns')}</dt>
              <dd>{number.integer(version.profile.columns.length)}</dd>
            </div>
            <div>
              <dt>{t('profile.completeness')}</dt>
              <dd>
                <ShareMeter share={version.profile.completeness} />
              </dd>
            </div>
            <div>
              <dt>{t('profile.timeliness')}</dt>
              <dd>{timelinessState(timeliness?.status ?? 'unknown')}</dd>
            </div>
            <div>
              <dt>{t('profile.format')}</dt>
              <dd className="kl-figures__small">
                {t('profile.formatValue', {
                  format: version.format.toUpperCase(),
                  size: number.bytes(version.byteSize),
                })}
              </dd>
            </div>
          </dl>
          <Paragraph small className="kl-muted kl-profile-note">
            {t('profile.completenessHint')} {timelinessText}
          </Paragraph>
          {!mayReadRows ? (
            <Paragraph className="kl-profile-note">{t('profile.rowsHidden')}</Paragraph>
          ) : null}
          <ul className="kl-column-grid" aria-label={t('profile.columnsCaption')}>
            {version.profile.columns.map((column) => (
              <ColumnProfileCard key={column.index} column={column} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
