import { useQuery } from '@apollo/client/react';
import { allowsPlatform } from '@ketenlab/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { platformRelationOf, useSession } from '../session';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { NewProjectForm } from './new-project-form';
import { ProjectList } from './project-list';

const ProjectsQuery = graphql(`
  query Projects {
    projects {
      id
      title
      phase
      visibility
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

export function ProjectListPage() {
  const { t } = useTranslation('projects');
  usePageTitle(t('list.title'));
  const { user } = useSession();
  const navigate = useNavigate();
  const formHeadingId = useId();
  const listHeadingId = useId();
  const [creating, setCreating] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasCreating = useRef(false);
  useEffect(() => {
    // Closing the form without creating returns focus to the button that opened it.
    if (wasCreating.current && !creating) openButton.current?.focus();
    wasCreating.current = creating;
  }, [creating]);
  const { data, loading, error, refetch } = useQuery(ProjectsQuery);
  const mayCreate = allowsPlatform('project.create', platformRelationOf(user));

  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph lead>{t('list.intro')}</Paragraph>
      {mayCreate && user ? (
        <section aria-labelledby={formHeadingId} className="kl-section">
          <Heading2 id={formHeadingId}>{t('create.title')}</Heading2>
          {creating ? (
            <NewProjectForm
              ownerOrganisationId={user.organisation.id}
              onCreated={(projectId) => void navigate(`/projecten/${projectId}`)}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <>
              <Paragraph>{t('create.intro', { organisation: user.organisation.name })}</Paragraph>
              <Button
                ref={openButton}
                appearance="primary-action-button"
                onClick={() => setCreating(true)}
              >
                {t('create.open')}
              </Button>
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby={listHeadingId} className="kl-section">
        <Heading2 id={listHeadingId}>{t('list.heading')}</Heading2>
        {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        {loading && !data ? <Loading /> : null}
        {data ? <ProjectList projects={data.projects} /> : null}
      </section>
    </>
  );
}
