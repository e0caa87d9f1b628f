import { useMutation, useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { hasProblem } from '../../../shared/errors';
import {
  CheckboxGroupField,
  ErrorSummary,
  SubmitButton,
  useFieldIds,
  useFormProblems,
} from '../../../shared/forms';
import { AppLink } from '../../../shared/links';
import { Forbidden, Loading, PageHeading, QueryError, usePageTitle } from '../../../shared/page';
import { useSession } from '../../session';
import '../datasets.css';
import { datasetPath, datasetsPath } from '../dataset-path';
import { projectOrganisations } from '../project-organisations';
import { useDatasetFieldText } from './dataset-field-errors';
import { DatasetMetadataFields } from './dataset-metadata-fields';
import {
  EMPTY_METADATA,
  METADATA_FIELDS,
  metadataErrors,
  metadataInput,
  type MetadataValues,
} from './dataset-metadata-values';

const NewDatasetProjectQuery = graphql(`
  query NewDatasetProject($projectId: ID!) {
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

const CreateDatasetMutation = graphql(`
  mutation CreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      id
    }
  }
`);

const FIELDS = [...METADATA_FIELDS, 'rowOrganisationIds'] as const;

/** Describing a new dataset: the metadata first, the file afterwards on the dataset's page. */
export function NewDatasetPage() {
  const { t } = useTranslation('datasets');
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const ids = useFieldIds(FIELDS);
  const fieldText = useDatasetFieldText();
  const problems = useFormProblems(FIELDS, undefined, fieldText.forProblem);
  const [values, setValues] = useState<MetadataValues>(EMPTY_METADATA);
  const [rowOrganisationIds, setRowOrganisationIds] = useState<string[]>([]);
  const { data, loading, error, refetch } = useQuery(NewDatasetProjectQuery, {
    variables: { projectId },
  });
  const [createDataset, creating] = useMutation(CreateDatasetMutation, {
    refetchQueries: ['ProjectDatasets', 'ProjectDatasetCount'],
  });
  const project = data?.project;
  const unavailable =
    !project && (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND'));
  usePageTitle(unavailable ? t('page.unavailableTitle') : t('create.title'));

  if (loading && !project) return <Loading />;
  if (!project) {
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
  if (!allowsProject('dataset.create', project.myRelation)) return <Forbidden />;

  const ownId = user?.organisation.id;
  const organisations = projectOrganisations(project, ownId);
  const others = organisations.filter((organisation) => organisation.id !== ownId);
  const withPublisher = {
    ...values,
    publisherOrganisationId: values.publisherOrganisationId || ownId || '',
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating.loading) return;
    if (!problems.check(metadataErrors(withPublisher, fieldText.of))) return;
    try {
      const result = await createDataset({
        variables: {
          input: {
            projectId: project.id,
            ...metadataInput(withPublisher, { clear: false }),
            rowOrganisationIds,
          },
        },
      });
      if (result.data) void navigate(datasetPath(project.id, result.data.createDataset.id));
    } catch (failure) {
      problems.showError(failure);
    }
  };

  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={datasetsPath(project.id)}>
          {t('page.back', { project: project.title })}
        </AppLink>
      </Paragraph>
      <PageHeading>{t('create.title')}</PageHeading>
      <Paragraph>{t('create.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        <DatasetMetadataFields
          ids={ids}
          values={withPublisher}
          errors={problems.fields}
          onChange={setValues}
          organisations={organisations}
        />
        {others.length ? (
          <CheckboxGroupField
            id={ids.rowOrganisationIds}
            legend={t('access.organisations')}
            description={t('access.organisationsHint', { owner: user?.organisation.name ?? '' })}
            options={others.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            value={rowOrganisationIds}
            onChange={setRowOrganisationIds}
            error={problems.fields.rowOrganisationIds}
          />
        ) : null}
        <ButtonGroup>
          <SubmitButton busy={creating.loading}>{t('create.submit')}</SubmitButton>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => void navigate(datasetsPath(project.id))}
          >
            {t('create.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
