import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormattedDate } from '../../shared/format';
import { Loading, QueryError } from '../../shared/page';
import { useActivityText } from './use-activity-text';

const ProjectActivityQuery = graphql(`
  query ProjectActivity($id: ID!, $first: Int!) {
    project(id: $id) {
      id
      activity(first: $first) {
        hasMore
        items {
          id
          action
          objectType
          objectId
          result
          createdAt
          actor {
            id
            name
          }
        }
      }
      members {
        user {
          id
          name
        }
      }
    }
  }
`);

const RECENT = 10;

/** The latest changes, newest first: who did what, and when. */
export function ProjectActivity({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ProjectActivityQuery, {
    variables: { id: projectId, first: RECENT },
  });
  const names = new Map((data?.project.members ?? []).map((m) => [m.user.id, m.user.name]));
  const describe = useActivityText((id) => names.get(id));
  const items = data?.project.activity.items ?? [];
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('activity.title')}</Heading2>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && items.length === 0 ? <Paragraph>{t('activity.empty')}</Paragraph> : null}
      {items.length ? (
        <ol className="kl-timeline" role="list">
          {items.map((item) => (
            <li key={item.id} className="kl-timeline__item">
              <span className="kl-timeline__text">{describe(item)}</span>{' '}
              <span className="kl-timeline__time">
                <FormattedDate value={item.createdAt} withTime />
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
