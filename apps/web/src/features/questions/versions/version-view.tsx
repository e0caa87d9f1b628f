import { useQuery } from '@apollo/client/react';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { FormattedDate } from '../../../shared/format';
import { Loading, QueryError } from '../../../shared/page';
import { SafeHtml } from './safe-html';

const QuestionVersionQuery = graphql(`
  query QuestionVersion($id: ID!) {
    questionVersion(id: $id) {
      id
      name
      createdAt
      createdBy {
        id
        name
        organisation {
          id
          name
        }
      }
      bodyHtml
      bodyText
    }
  }
`);

interface VersionViewProps {
  id: string;
  /** The element id, for the "view" button's aria-controls. */
  regionId: string;
  onClose: () => void;
}

/** One saved version, read-only: its text as it was, outside the live editor. */
export function VersionView({ id, regionId, onClose }: VersionViewProps) {
  const { t } = useTranslation('questions');
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(QuestionVersionQuery, { variables: { id } });
  const version = data?.questionVersion;
  // Opening a version moves the reader to it, as following a link would.
  useEffect(() => {
    if (version) heading.current?.focus();
  }, [version]);

  return (
    <section id={regionId} className="kl-version-view" aria-label={version?.name}>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {version ? (
        <>
          <Heading3 ref={heading} tabIndex={-1}>
            {t('versions.viewing', { name: version.name })}
          </Heading3>
          <Paragraph small className="kl-muted">
            {t('versions.viewingNote')} <FormattedDate value={version.createdAt} withTime />{' '}
            {t('versions.viewingBy', {
              name: version.createdBy.name,
              organisation: version.createdBy.organisation.name,
            })}
          </Paragraph>
          <div className="kl-version-view__body">
            {version.bodyHtml ? (
              <SafeHtml html={version.bodyHtml} headingOffset={3} />
            ) : (
              <Paragraph className="kl-muted">{t('versions.emptyBody')}</Paragraph>
            )}
          </div>
        </>
      ) : null}
      <Button appearance="secondary-action-button" onClick={onClose}>
        {t('versions.hide')}
      </Button>
    </section>
  );
}
