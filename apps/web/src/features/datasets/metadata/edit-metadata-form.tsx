import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { DatasetPageQuery } from '../../../gql/graphql';
import {
  ErrorSummary,
  focusField,
  SubmitButton,
  useFieldIds,
  useFormProblems,
} from '../../../shared/forms';
import { useDatasetFieldText } from './dataset-field-errors';
import { DatasetMetadataFields } from './dataset-metadata-fields';
import {
  METADATA_FIELDS,
  metadataErrors,
  metadataInput,
  type MetadataValues,
} from './dataset-metadata-values';

const UpdateDatasetMutation = graphql(`
  mutation UpdateDataset($input: UpdateDatasetInput!) {
    updateDataset(input: $input) {
      id
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
      updatedAt
      publisher {
        id
        name
      }
    }
  }
`);

type Dataset = DatasetPageQuery['dataset'];

function valuesOf(dataset: Dataset): MetadataValues {
  return {
    title: dataset.title,
    description: dataset.description,
    theme: dataset.theme,
    accessClass: dataset.accessClass,
    legalBasis: dataset.legalBasis ?? '',
    licence: dataset.licence,
    updateFrequency: dataset.updateFrequency,
    contactName: dataset.contactName,
    contactEmail: dataset.contactEmail,
    publisherOrganisationId: dataset.publisher.id,
    temporalStart: dataset.temporalStart ?? '',
    temporalEnd: dataset.temporalEnd ?? '',
    spatialCoverage: dataset.spatialCoverage,
    source: dataset.source,
    keywords: dataset.keywords.join(', '),
    identifier: dataset.identifier,
  };
}

interface EditMetadataFormProps {
  dataset: Dataset;
  organisations: readonly { id: string; name: string }[];
  onDone: (saved: boolean) => void;
}

/** Changing the description; emptied optional fields are cleared, not kept. */
export function EditMetadataForm({ dataset, organisations, onDone }: EditMetadataFormProps) {
  const { t } = useTranslation('datasets');
  const ids = useFieldIds(METADATA_FIELDS);
  const fieldText = useDatasetFieldText();
  const problems = useFormProblems(METADATA_FIELDS, undefined, fieldText.forProblem);
  const [values, setValues] = useState(() => valuesOf(dataset));
  const [update, { loading }] = useMutation(UpdateDatasetMutation);

  // The form replaces the button that opened it: continue where the keyboard user is heading.
  useEffect(() => focusField(ids.title), [ids.title]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !problems.check(metadataErrors(values, fieldText.of))) return;
    try {
      await update({
        variables: { input: { id: dataset.id, ...metadataInput(values, { clear: true }) } },
      });
      onDone(true);
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <div className="kl-subsection">
      <Heading3>{t('edit.title')}</Heading3>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={METADATA_FIELDS} />
        <DatasetMetadataFields
          ids={ids}
          values={values}
          errors={problems.fields}
          onChange={setValues}
          organisations={organisations}
        />
        <ButtonGroup>
          <SubmitButton busy={loading}>{t('edit.submit')}</SubmitButton>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
            {t('edit.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
