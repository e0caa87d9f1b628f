import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { useFormat, useNumberFormat } from '../../../shared/format';
import { Loading, QueryError } from '../../../shared/page';
import { PreviewTable } from './preview-table';
import { SampleRows } from './sample-rows';

const DatasetRowsQuery = graphql(`
  query DatasetRows($id: ID!, $offset: Int!, $limit: Int!) {
    dataset(id: $id) {
      id
      latestVersion {
        id
        rows(offset: $offset, limit: $limit) {
          versionId
          offset
          total
          columns
          rows
        }
      }
    }
  }
`);

const PAGE_SIZE = Math.min(25, LIMITS.pageSizeMax);

/**
 * A pager button that stays focusable at the end of the rows (`aria-disabled`, not `disabled`):
 * a button disabled under the keyboard user's focus would throw the focus to the page.
 */
function PagerButton({
  unavailable,
  onClick,
  children,
}: {
  unavailable: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button
      appearance="secondary-action-button"
      aria-disabled={unavailable || undefined}
      className={unavailable ? 'utrecht-button--disabled' : undefined}
      onClick={() => {
        if (!unavailable) onClick();
      }}
    >
      {children}
    </Button>
  );
}

interface DatasetPreviewProps {
  datasetId: string;
  mayReadRows: boolean;
  /** Names the owner and who else may see rows, for the explanation to those who may not. */
  owner: string;
  readers: readonly string[];
}

/**
 * The rows of the latest version, a page at a time, for those who may see them; for everyone
 * else a plain statement of who may, and whom to ask.
 */
export function DatasetPreview({ datasetId, mayReadRows, owner, readers }: DatasetPreviewProps) {
  const { t } = useTranslation('datasets');
  const format = useFormat();
  const number = useNumberFormat();
  const headingId = useId();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(DatasetRowsQuery, {
    variables: { id: datasetId, offset, limit: PAGE_SIZE },
    skip: !mayReadRows,
  });
  // Keep the page on screen while the next one loads, so the table does not jump away.
  const shown = data ?? previousData;
  const page = shown?.dataset.latestVersion?.rows;

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>
        {mayReadRows ? t('preview.title') : t('preview.hiddenTitle')}
      </Heading2>
      {!mayReadRows ? (
        <Paragraph>{t('preview.hidden', { organisations: format.list(readers), owner })}</Paragraph>
      ) : (
        <>
          {error && !shown ? <QueryError error={error} onRetry={() => refetch()} /> : null}
          {loading && !shown ? <Loading /> : null}
          {shown && !page ? <Paragraph>{t('preview.none')}</Paragraph> : null}
          {page ? (
            <>
              <PreviewTable
                caption={t('preview.caption', {
                  from: number.integer(page.total ? page.offset + 1 : 0),
                  to: number.integer(page.offset + page.rows.length),
                  total: number.integer(page.total),
                })}
                rowLabel={t('preview.row')}
                columns={page.columns}
                rows={page.rows}
                offset={page.offset}
              />
              <nav className="kl-pager" aria-label={t('preview.paging')}>
                <PagerButton
                  unavailable={page.offset === 0}
                  onClick={() => setOffset(Math.max(0, page.offset - PAGE_SIZE))}
                >
                  {t('preview.previous')}
                </PagerButton>
                <PagerButton
                  unavailable={page.offset + page.rows.length >= page.total}
                  onClick={() => setOffset(page.offset + PAGE_SIZE)}
                >
                  {t('preview.next')}
                </PagerButton>
              </nav>
              <SampleRows datasetId={datasetId} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
