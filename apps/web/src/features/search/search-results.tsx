import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchQuery } from '../../gql/graphql';
import { AppLink } from '../../shared/links';

type Hit = SearchQuery['search'][number];

/** Where a hit leads: its project, for now the only kind of thing search finds. */
function pathOf(hit: Hit): string | null {
  const projectId = hit.projectId ?? (hit.kind === 'project' ? hit.objectId : null);
  return projectId ? `/projecten/${projectId}` : null;
}

export function SearchResults({ query, hits }: { query: string; hits: readonly Hit[] }) {
  const { t } = useTranslation('search');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('results', { count: hits.length, query })}</Heading2>
      {hits.length === 0 ? <Paragraph>{t('noResults')}</Paragraph> : null}
      <ol className="kl-card-list" role="list">
        {hits.map((hit) => {
          const path = pathOf(hit);
          return (
            <li key={`${hit.kind}:${hit.objectId}`} className="kl-card">
              <h3 className="utrecht-heading-3 kl-card__title">
                {path ? <AppLink to={path}>{hit.title}</AppLink> : hit.title}
              </h3>
              <Paragraph small className="kl-muted">
                {t(`kind.${hit.kind === 'project' ? 'project' : 'other'}`)}
              </Paragraph>
              <Paragraph className="kl-snippet">{hit.snippet}</Paragraph>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
