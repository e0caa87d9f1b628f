import { useApolloClient, useQuery } from '@apollo/client/react';
import { allowsOrganisation, allowsProject } from '@ketenlab/domain';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { hasProblem } from '../../shared/errors';
import { AppLink } from '../../shared/links';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { useSession } from '../session';
import { RowAccess } from './access/row-access-form';
import './datasets.css';
import { datasetsPath } from './dataset-path';
import { DatasetQualitySlot } from './dataset-quality-slot';
import { DatasetDownload } from './download/dataset-download';
import { DatasetMetadata } from './metadata/dataset-metadata';
import { EditMetadataForm } from './metadata/edit-metadata-form';
import { DatasetPreview } from './preview/dataset-preview';
import { DatasetProfileSection } from './profile/dataset-profile-section';
import { projectOrganisations } from './project-organisations';
import { UploadVersionForm } from './upload/upload-version-form';
import { DatasetVersions } from './versions/dataset-versions';

const DatasetPageQuery = graphql(`
  query DatasetPage($id: ID!, $projectId: ID!) {
    dataset(id: $id) {
      id
      projectId
      title
      description
      identifier
      contactName
      contactEmail
      theme
      licence
      accessClass
      legalBasis
      updateFrequency
      temporalStart
      temporalEnd
      spatialCoverage
      source
      keywords
      createdAt
      updatedAt
      mayReadRows
      ownerOrganisation {
        id
        name
      }
      publisher {
        id
        name
      }
      rowOrganisations {
        id
        name
      }
      latestVersion {
        id
        number
        fileName
        profile {
          columns {
            name
          }
        }
      }
    }
    project(id: $projectId) {
      id
      title
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

/** One dataset: its description, quality, profile, rows, versions, upload and row access. */
export function DatasetPage() {
  const { t } = useTranslation('datasets');
  const { projectId = '', datasetId = '' } = useParams();
  const { user } = useSession();
  const client = useApolloClient();
  const editButtonId = useId();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const { data, loading, error, refetch } = useQuery(DatasetPageQuery, {
    variables: { id: datasetId, projectId },
  });
  // A dataset reached under another project's address is not this page's to show.
  const found = data && data.dataset.projectId === data.project.id ? data : undefined;
  const unavailable =
    (data && !found) ||
    (!data && (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND')));
  usePageTitle(
    found?.dataset.title ?? (unavailable ? t('page.unavailableTitle') : t('page.title')),
  );

  if (loading && !data) return <Loading />;
  if (!found) {
    if (unavailable) {
      return (
        <>
          <PageHeading>{t('page.unavailableTitle')}</PageHeading>
          <Paragraph>{t('page.unavailable')}</Paragraph>
        </>
      );
    }
    return <QueryError error={error} onRetry={() => refetch()} />;
  }
  const { dataset, project } = found;
  const relation = project.myRelation;
  const organisations = projectOrganisations(project, user?.organisation.id);
  const rowAccess = {
    ownerOrganisationId: dataset.ownerOrganisation.id,
    rowOrganisationIds: dataset.rowOrganisations.map((organisation) => organisation.id),
  };
  const mayManageAccess =
    user !== null &&
    allowsProject('dataset.access.manage', relation) &&
    allowsOrganisation('dataset.access.manage', user.organisation.id, rowAccess);
  const mayUpload =
    user !== null &&
    allowsProject('dataset.upload', relation) &&
    allowsOrganisation('dataset.upload', user.organisation.id, rowAccess);
  const mayUpdate =
    user !== null &&
    allowsProject('dataset.update', relation) &&
    allowsOrganisation('dataset.update', user.organisation.id, rowAccess);
  const latest = dataset.latestVersion;
  const readers = [dataset.ownerOrganisation, ...dataset.rowOrganisations].map((o) => o.name);
  // A new version changes the profile, the rows, the versions and the list: ask for all again.
  const onUploaded = () =>
    void client
      .refetchQueries({
        include: [
          'DatasetPage',
          'DatasetProfile',
          'DatasetVersions',
          'DatasetRows',
          'ProjectDatasets',
        ],
      })
      .catch(() => undefined);
  const openEditor = () => {
    setSaved('');
    setEditing(true);
  };
  const closeEditor = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave ? t('edit.saved') : '');
    // The button that opened the form is back: return there.
    requestAnimationFrame(() => document.getElementById(editButtonId)?.focus());
  };

  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={datasetsPath(project.id)}>
          {t('page.back', { project: project.title })}
        </AppLink>
      </Paragraph>
      <PageHeading>{dataset.title}</PageHeading>
      <DatasetMetadata
        dataset={dataset}
        actions={
          mayUpdate ? (
            editing ? (
              <EditMetadataForm
                dataset={dataset}
                organisations={organisations}
                onDone={closeEditor}
              />
            ) : (
              <>
                <p role="status" className="kl-status">
                  {saved}
                </p>
                <Button id={editButtonId} appearance="secondary-action-button" onClick={openEditor}>
                  {t('edit.open')}
                </Button>
              </>
            )
          ) : null
        }
      />
      <DatasetQualitySlot
        projectId={project.id}
        datasetId={dataset.id}
        columns={latest?.profile.columns.map((column) => column.name) ?? []}
      />
      {latest ? (
        <>
          <DatasetProfileSection datasetId={dataset.id} mayReadRows={dataset.mayReadRows} />
          <DatasetPreview
            datasetId={dataset.id}
            mayReadRows={dataset.mayReadRows}
            owner={dataset.ownerOrganisation.name}
            readers={readers}
          />
          {dataset.mayReadRows ? <DatasetDownload datasetId={dataset.id} version={latest} /> : null}
        </>
      ) : null}
      <DatasetVersions datasetId={dataset.id} />
      {/* One place in the tree before and after the first upload, so its outcome stays on screen. */}
      {mayUpload ? (
        <UploadVersionForm projectId={project.id} datasetId={dataset.id} onUploaded={onUploaded} />
      ) : null}
      <RowAccess
        datasetId={dataset.id}
        owner={dataset.ownerOrganisation}
        allowed={dataset.rowOrganisations}
        candidates={organisations}
        mayManage={mayManageAccess}
      />
    </>
  );
}
