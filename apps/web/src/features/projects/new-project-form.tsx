import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  ErrorSummary,
  focusField,
  useFieldIds,
  useFormProblems,
  SubmitButton,
} from '../../shared/forms';
import {
  EMPTY_PROJECT,
  PROJECT_FIELDS,
  ProjectFields,
  useProjectFieldsCheck,
  type ProjectFieldValues,
} from './project-fields';

const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      title
    }
  }
`);

interface NewProjectFormProps {
  ownerOrganisationId: string;
  onCreated: (projectId: string) => void;
  onCancel: () => void;
}

export function NewProjectForm({ ownerOrganisationId, onCreated, onCancel }: NewProjectFormProps) {
  const { t } = useTranslation('projects');
  const ids = useFieldIds(PROJECT_FIELDS);
  const problems = useFormProblems(PROJECT_FIELDS);
  const checkFields = useProjectFieldsCheck();
  const [values, setValues] = useState<ProjectFieldValues>(EMPTY_PROJECT);
  const [createProject, { loading }] = useMutation(CreateProjectMutation, {
    refetchQueries: ['Projects'],
  });

  // The form replaces the button that opened it: continue where the keyboard user is heading.
  useEffect(() => focusField(ids.title), [ids.title]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!problems.check(checkFields(values))) return;
    try {
      const { data } = await createProject({
        variables: {
          input: {
            ...values,
            title: values.title.trim(),
            goal: values.goal.trim(),
            societalObjective: values.societalObjective.trim(),
          },
        },
      });
      if (data) onCreated(data.createProject.id);
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="kl-form">
      <ErrorSummary problems={problems} ids={ids} order={PROJECT_FIELDS} />
      <ProjectFields
        ids={ids}
        values={values}
        errors={problems.fields}
        onChange={setValues}
        ownerOrganisationId={ownerOrganisationId}
      />
      <ButtonGroup>
        <SubmitButton busy={loading}>{t('create.submit')}</SubmitButton>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('create.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
