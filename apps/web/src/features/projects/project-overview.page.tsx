import { useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { hasProblem } from '../../shared/errors';
import { AppButtonLink } from '../../shared/links';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { ProjectDatasets } from '../datasets';
import { HypothesisProgressSection } from '../hypotheses';
import { ProjectQuestions } from '../questions';
import { ProjectActivity } from './project-activity';
import { ProjectFacts } from './project-facts';
import { ProjectMembers } from './project-members';
import { SinceLastVisit } from './since-last-visit';
import { useLiveProject } from './use-live-project';

const ProjectOverviewQuery = graphql(`
  query ProjectOverview($id: ID!) {
    project(id: $id) {
      id
      title
      goal
      societalObjective
      phase
      visibility
      myRelation
      createdAt
      updatedAt
      ownerOrganisation {
        id
        name
      }
      partners {
        id
        name
      }
    }
  }
`);

export function ProjectOverviewPage() {
  const { t } = useTranslation('projects');
  const { projectId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProjectOverviewQuery, {
    variables: { id: projectId },
  });
  const project = data?.project;
  useLiveProject(
    projectId,
    project ? allowsProject('project.activity.read', project.myRelation) : false,
  );
  // The API does not say which: a project you may not see is one that does not exist for you.
  const unavailable =
    !project && (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND'));
  usePageTitle(
    project?.title ?? (unavailable ? t('overview.unavailableTitle') : t('overview.title')),
  );

  if (loading && !project) return <Loading />;
  if (!project) {
    if (unavailable) {
      return (
        <>
          <PageHeading>{t('overview.unavailableTitle')}</PageHeading>
          <Paragraph>{t('overview.unavailable')}</Paragraph>
        </>
      );
    }
    return <QueryError error={error} onRetry={() => refetch()} />;
  }
  const relation = project.myRelation;
  return (
    <>
      <div className="kl-title-row">
        <PageHeading>{project.title}</PageHeading>
        {allowsProject('project.update', relation) ? (
          <AppButtonLink to={`/projecten/${project.id}/instellingen`}>
            {t('overview.settings')}
          </AppButtonLink>
        ) : null}
      </div>
      <ProjectFacts project={project} />
      {allowsProject('project.activity.read', relation) ? (
        <SinceLastVisit projectId={project.id} />
      ) : null}
      {allowsProject('question.read', relation) ? (
        <ProjectQuestions projectId={project.id} relation={relation} />
      ) : null}
      {allowsProject('hypothesis.read', relation) ? (
        <HypothesisProgressSection projectId={project.id} />
      ) : null}
      {allowsProject('dataset.read', relation) ? <ProjectDatasets projectId={project.id} /> : null}
      {allowsProject('project.members.read', relation) ? (
        <ProjectMembers projectId={project.id} />
      ) : null}
      {allowsProject('project.activity.read', relation) ? (
        <ProjectActivity projectId={project.id} />
      ) : null}
    </>
  );
}
