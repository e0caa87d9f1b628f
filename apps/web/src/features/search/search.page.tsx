import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';

const SearchQuery = graphql(`
  query Search($query: String!) {
    search(query: $query, limit: 20) {
      kind
      objectId
      projectId
      title
      snippet
    }
  }
`);

/** Full-text search; the query lives in the address (`/zoeken?q=…`) so results can be shared. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  usePageTitle(query ? t('titleWithQuery', { query }) : t('title'));
  const { data, loading, error, refetch } = useQuery(SearchQuery, {
    variables: { query },
    skip: !query,
  });

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <SearchForm initialQuery={query} onSearch={(next) => setParams(next ? { q: next } : {})} />
      {/* One lasting live region, so the outcome of every search is announced. */}
      <p role="status" className="kl-visually-hidden">
        {query && data ? t('results', { count: data.search.length, query }) : ''}
      </p>
      {query && error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {query && loading && !data ? <Loading /> : null}
      {query && data ? <SearchResults query={query} hits={data.search} /> : null}
    </>
  );
}
