import { useMutation, useQuery } from '@apollo/client/react';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormattedDate, useFormat } from '../../shared/format';
import { activityKey, useActivityText } from './use-activity-text';

const ProjectSinceLastVisitQuery = graphql(`
  query ProjectSinceLastVisit($id: ID!, $first: Int!) {
    project(id: $id) {
      id
      changesSinceLastVisit(first: $first) {
        lastSeenAt
        total
        hasMore
        counts {
          action
          count
        }
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

const MarkProjectSeenMutation = graphql(`
  mutation MarkProjectSeen($projectId: ID!) {
    markProjectSeen(projectId: $projectId)
  }
`);

const LATEST = 5;

/**
 * What others changed since you last opened this project. Asked from the server on every visit
 * (never from the cache, which holds the previous visit's answer); once shown, and again when
 * you leave, the project is marked seen, so the next visit starts from here.
 */
export function SinceLastVisit({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const headingId = useId();
  const format = useFormat();
  const { data } = useQuery(ProjectSinceLastVisitQuery, {
    variables: { id: projectId, first: LATEST },
    fetchPolicy: 'network-only',
  });
  const [markSeen] = useMutation(MarkProjectSeenMutation);
  const loaded = Boolean(data);
  useEffect(() => {
    if (!loaded) return;
    const mark = () => void markSeen({ variables: { projectId } }).catch(() => undefined);
    mark();
    return mark;
  }, [loaded, projectId, markSeen]);

  const names = new Map((data?.project.members ?? []).map((m) => [m.user.id, m.user.name]));
  const describe = useActivityText((id) => names.get(id));
  const changes = data?.project.changesSinceLastVisit;
  if (!changes) return null;
  const date = changes.lastSeenAt ? format.dateTime(changes.lastSeenAt) : '';
  const countText = (action: string, count: number) => {
    const key = activityKey(action);
    return key
      ? t(`sinceLastVisit.counts.${key}`, { count })
      : t('sinceLastVisit.counts.other', { count, action });
  };

  return (
    <section aria-labelledby={headingId} className="kl-section kl-since">
      <Heading2 id={headingId}>{t('sinceLastVisit.title')}</Heading2>
      {!changes.lastSeenAt ? <Paragraph>{t('sinceLastVisit.firstVisit')}</Paragraph> : null}
      {changes.lastSeenAt && changes.total === 0 ? (
        <Paragraph>{t('sinceLastVisit.nothing', { date })}</Paragraph>
      ) : null}
      {changes.total > 0 ? (
        <>
          <Paragraph>{t('sinceLastVisit.summary', { count: changes.total, date })}</Paragraph>
          <ul className="kl-since__counts" aria-label={t('sinceLastVisit.countsLabel')}>
            {changes.counts.map((entry) => (
              <li key={entry.action}>{countText(entry.action, entry.count)}</li>
            ))}
          </ul>
          <Heading3>{t('sinceLastVisit.latest')}</Heading3>
          <ol className="kl-timeline" role="list">
            {changes.items.map((item) => (
              <li key={item.id} className="kl-timeline__item">
                <span className="kl-timeline__text">{describe(item)}</span>{' '}
                <span className="kl-timeline__time">
                  <FormattedDate value={item.createdAt} withTime />
                </span>
              </li>
            ))}
          </ol>
          {changes.hasMore ? <Paragraph>{t('sinceLastVisit.more')}</Paragraph> : null}
        </>
      ) : null}
    </section>
  );
}
