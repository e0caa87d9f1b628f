import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProjectsQuery } from '../../gql/graphql';
import { AppLink } from '../../shared/links';
import { useFormat } from '../../shared/format';
import { useProjectTerms } from './use-project-terms';

type ProjectSummary = ProjectsQuery['projects'][number];

const UnseenProjectChangesQuery = graphql(`
  query UnseenProjectChanges {
    unseenProjectChanges {
      projectId
      total
    }
  }
`);

/** Projects as a list of cards: the title links to the project, the facts follow. */
export function ProjectList({ projects }: { projects: readonly ProjectSummary[] }) {
  const { t } = useTranslation('projects');
  const terms = useProjectTerms();
  const format = useFormat();
  // What others changed since your last visit, per project: your personal "what is new".
  const { data } = useQuery(UnseenProjectChangesQuery);
  const unseen = new Map((data?.unseenProjectChanges ?? []).map((u) => [u.projectId, u.total]));
  if (projects.length === 0) return <Paragraph>{t('list.empty')}</Paragraph>;
  return (
    <ul className="kl-card-list" role="list">
      {projects.map((project) => (
        <li key={project.id} className="kl-card">
          <h3 className="utrecht-heading-3 kl-card__title">
            <AppLink to={`/projecten/${project.id}`}>{project.title}</AppLink>
          </h3>
          <dl className="kl-facts">
            <div>
              <dt>{t('fields.phase')}</dt>
              <dd>{terms.phase(project.phase)}</dd>
            </div>
            <div>
              <dt>{t('list.yourRole')}</dt>
              <dd>{terms.relation(project.myRelation)}</dd>
            </div>
            <div>
              <dt>{t('list.organisations')}</dt>
              <dd>
                {format.list([
                  ...new Set([
                    project.ownerOrganisation.name,
                    ...project.partners.map((p) => p.name),
                  ]),
                ])}
              </dd>
            </div>
            {unseen.get(project.id) ? (
              <div>
                <dt>{t('list.unseen')}</dt>
                <dd>
                  <strong>{t('list.unseenCount', { count: unseen.get(project.id) })}</strong>
                </dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
