import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { OrganisationForm } from './organisation-form';
import { OrganisationsTable, type OrganisationRow } from './organisations-table';

const OrganisationsQuery = graphql(`
  query Organisations {
    organisations {
      id
      name
      kind
      colour
      createdAt
    }
  }
`);

/** Administrators keep the list of the municipality and its chain partners. */
export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  usePageTitle(t('title'));
  const createHeadingId = useId();
  const listHeadingId = useId();
  const [editing, setEditing] = useState<OrganisationRow | null>(null);
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch } = useQuery(OrganisationsQuery);

  const finishEditing = (message: string) => {
    const id = editing?.id;
    setEditing(null);
    setStatus(message);
    // Back to where the edit started, so a keyboard user keeps their place in the table.
    if (id) window.requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus());
  };

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph lead>{t('intro')}</Paragraph>
      <Paragraph role="status" className="kl-status">
        {status}
      </Paragraph>
      {editing ? (
        <OrganisationForm
          key={editing.id}
          organisation={editing}
          onDone={(saved) => finishEditing(t('saved', { name: saved }))}
          onCancel={() => finishEditing('')}
        />
      ) : (
        <section aria-labelledby={createHeadingId} className="kl-section">
          <Heading2 id={createHeadingId}>{t('create.title')}</Heading2>
          <OrganisationForm onDone={(name) => setStatus(t('created', { name }))} />
        </section>
      )}
      <section aria-labelledby={listHeadingId} className="kl-section">
        <Heading2 id={listHeadingId}>{t('list.title')}</Heading2>
        {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        {loading && !data ? <Loading /> : null}
        {data ? (
          <OrganisationsTable
            organisations={data.organisations}
            onEdit={(organisation) => {
              setStatus('');
              setEditing(organisation);
            }}
          />
        ) : null}
      </section>
    </>
  );
}
