import { useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { AppLink } from '../../shared/links';
import { Forbidden, Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { ProjectDetailsForm } from './project-details-form';
import { ProjectMembersManager } from './project-members-manager';
import { StaleAfterForm } from './stale-after-form';

const ProjectSettingsQuery = graphql(`
  query ProjectSettings($id: ID!) {
    project(id: $id) {
      id
      title
      goal
      societalObjective
      phase
      visibility
      staleAfterDays
      myRelation
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

/** Where a project lead edits the project and decides who takes part in which role. */
export function ProjectSettingsPage() {
  const { t } = useTranslation('projectSettings');
  const { projectId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProjectSettingsQuery, {
    variables: { id: projectId },
  });
  const project = data?.project;
  const mayUpdate = project ? allowsProject('project.update', project.myRelation) : false;
  const mayManageMembers = project
    ? allowsProject('project.members.manage', project.myRelation)
    : false;
  const forbidden = project !== undefined && !mayUpdate && !mayManageMembers;
  usePageTitle(
    forbidden ? null : project ? t('title', { project: project.title }) : t('titleShort'),
  );

  if (loading && !project) return <Loading />;
  if (!project) return <QueryError error={error} onRetry={() => refetch()} />;
  if (forbidden) return <Forbidden />;

  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={`/projecten/${project.id}`}>{t('back', { project: project.title })}</AppLink>
      </Paragraph>
      <PageHeading>{t('title', { project: project.title })}</PageHeading>
      {mayUpdate ? <ProjectDetailsForm project={project} /> : null}
      {mayUpdate ? <StaleAfterForm project={project} /> : null}
      {mayManageMembers ? (
        <ProjectMembersManager
          projectId={project.id}
          ownerName={project.ownerOrganisation.name}
          partnerNames={project.partners.map((p) => p.name)}
        />
      ) : null}
    </>
  );
}
