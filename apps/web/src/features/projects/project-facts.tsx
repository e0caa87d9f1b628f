import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectOverviewQuery } from '../../gql/graphql';
import { FormattedDate, useFormat } from '../../shared/format';
import { useProjectTerms } from './use-project-terms';

type Project = ProjectOverviewQuery['project'];

/** What the project is about and where it stands: readable by everyone who may see it. */
export function ProjectFacts({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const terms = useProjectTerms();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('overview.about')}</Heading2>
      <dl className="kl-details">
        <dt>{t('fields.goal')}</dt>
        <dd className="kl-prose">{project.goal}</dd>
        <dt>{t('fields.societalObjective')}</dt>
        <dd className="kl-prose">
          {project.societalObjective || (
            <span className="kl-muted">{t('overview.noObjective')}</span>
          )}
        </dd>
        <dt>{t('fields.phase')}</dt>
        <dd>{terms.phase(project.phase)}</dd>
        <dt>{t('fields.visibility')}</dt>
        <dd>{terms.visibility(project.visibility)}</dd>
        <dt>{t('overview.owner')}</dt>
        <dd>{project.ownerOrganisation.name}</dd>
        <dt>{t('fields.partners')}</dt>
        <dd>
          {project.partners.length ? (
            format.list(project.partners.map((p) => p.name))
          ) : (
            <span className="kl-muted">{t('overview.noPartners')}</span>
          )}
        </dd>
        <dt>{t('overview.yourRole')}</dt>
        <dd>{terms.relation(project.myRelation)}</dd>
      </dl>
      <Paragraph small className="kl-muted">
        {t('overview.created')} <FormattedDate value={project.createdAt} /> ·{' '}
        {t('overview.updated')} <FormattedDate value={project.updatedAt} withTime />
      </Paragraph>
    </section>
  );
}
