import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { CreateTokenForm } from './create-token-form';
import { NewTokenSecret, type NewToken } from './new-token-secret';
import { TokensTable } from './tokens-table';

const PersonalAccessTokensQuery = graphql(`
  query PersonalAccessTokens {
    personalAccessTokens {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
    }
  }
`);

/** Bearer tokens with which scripts and other systems use the API on the user's behalf. */
export function PersonalTokensPage() {
  const { t } = useTranslation('personalTokens');
  usePageTitle(t('title'));
  const listHeadingId = useId();
  const [created, setCreated] = useState<NewToken | null>(null);
  const { data, loading, error, refetch } = useQuery(PersonalAccessTokensQuery);

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph lead>{t('intro')}</Paragraph>
      {created ? <NewTokenSecret token={created} /> : null}
      <CreateTokenForm onCreated={setCreated} />
      <section aria-labelledby={listHeadingId} className="kl-section">
        <Heading2 id={listHeadingId}>{t('list.title')}</Heading2>
        {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        {loading && !data ? <Loading /> : null}
        {data ? <TokensTable tokens={data.personalAccessTokens} /> : null}
      </section>
    </>
  );
}
