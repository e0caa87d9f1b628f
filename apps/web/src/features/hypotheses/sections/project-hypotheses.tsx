import { useQuery } from '@apollo/client/react';
import { HYPOTHESIS_STATUSES } from '@ketenlab/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { AppButtonLink } from '../../../shared/links';
import { QueryError } from '../../../shared/page';
import { boardPath } from '../hypothesis-paths';
import { useHypothesisTerms } from '../use-hypothesis-terms';

const ProjectHypothesesSummaryQuery = graphql(`
  query ProjectHypothesesSummary($projectId: ID!) {
    project(id: $projectId) {
      id
      hypotheses {
        id
        status
      }
    }
  }
`);

/** On the project page: how many hypotheses stand where, and the way to the board. */
export function ProjectHypotheses({ projectId }: { projectId: string }) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const headingId = useId();
  const { data, error, refetch } = useQuery(ProjectHypothesesSummaryQuery, {
    variables: { projectId },
  });
  const hypotheses = data?.project.hypotheses ?? [];
  const counts = HYPOTHESIS_STATUSES.map((status) => ({
    status,
    count: hypotheses.filter((h) => h.status === status).length,
  })).filter(({ count }) => count > 0);
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('section.title')}</Heading2>
      <Paragraph>{t('section.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {data && !counts.length ? <Paragraph>{t('section.empty')}</Paragraph> : null}
      {counts.length ? (
        <dl className="kl-facts kl-hypothesis-counts" aria-label={t('section.caption')}>
          {counts.map(({ status, count }) => (
            <div key={status}>
              <dt>{terms.status(status)}</dt>
              <dd>{count}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <Paragraph>
        <AppButtonLink to={boardPath(projectId)}>{t('section.toBoard')}</AppButtonLink>
      </Paragraph>
    </section>
  );
}
