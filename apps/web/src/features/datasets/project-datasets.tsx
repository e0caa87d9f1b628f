import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { AppLink } from '../../shared/links';
import { Loading, QueryError } from '../../shared/page';
import { datasetsPath } from './dataset-path';

const ProjectDatasetCountQuery = graphql(`
  query ProjectDatasetCount($projectId: ID!) {
    project(id: $projectId) {
      id
      datasets {
        id
      }
    }
  }
`);

/** On the project overview: how many datasets there are, and the way to them. */
export function ProjectDatasets({ projectId }: { projectId: string }) {
  const { t } = useTranslation('datasets');
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ProjectDatasetCountQuery, {
    variables: { projectId },
  });
  const count = data?.project.datasets.length ?? 0;
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('section.title')}</Heading2>
      <Paragraph>{t('section.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? <Paragraph>{t('section.count', { count })}</Paragraph> : null}
      <Paragraph>
        <AppLink to={datasetsPath(projectId)}>{t('section.open')}</AppLink>
      </Paragraph>
    </section>
  );
}
