import { useMutation } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProjectSettingsQuery } from '../../gql/graphql';
import { ErrorSummary, useFieldIds, useFormProblems, SubmitButton } from '../../shared/forms';
import {
  PROJECT_FIELDS,
  ProjectFields,
  useProjectFieldsCheck,
  type ProjectFieldValues,
} from '../projects';

const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      id
      title
      goal
      societalObjective
      phase
      visibility
      updatedAt
      partners {
        id
        name
      }
    }
  }
`);

type Project = ProjectSettingsQuery['project'];

function valuesOf(project: Project): ProjectFieldValues {
  return {
    title: project.title,
    goal: project.goal,
    societalObjective: project.societalObjective,
    phase: project.phase,
    visibility: project.visibility,
    partnerOrganisationIds: project.partners.map((p) => p.id),
  };
}

export function ProjectDetailsForm({ project }: { project: Project }) {
  const { t } = useTranslation('projectSettings');
  const headingId = useId();
  const ids = useFieldIds(PROJECT_FIELDS);
  const problems = useFormProblems(PROJECT_FIELDS);
  const checkFields = useProjectFieldsCheck();
  const [values, setValues] = useState(() => valuesOf(project));
  const [saved, setSaved] = useState(false);
  // New partners bring new people who may join; the candidate list must learn of them.
  const [updateProject, { loading }] = useMutation(UpdateProjectMutation, {
    refetchQueries: ['ProjectMemberCandidates'],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    if (!problems.check(checkFields(values))) return;
    try {
      await updateProject({
        variables: {
          input: {
            id: project.id,
            ...values,
            title: values.title.trim(),
            goal: values.goal.trim(),
            societalObjective: values.societalObjective.trim(),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('details.title')}</Heading2>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={PROJECT_FIELDS} />
        <ProjectFields
          ids={ids}
          values={values}
          errors={problems.fields}
          onChange={(next) => {
            setSaved(false);
            setValues(next);
          }}
          ownerOrganisationId={project.ownerOrganisation.id}
        />
        <SubmitButton busy={loading}>{t('details.submit')}</SubmitButton>
        <Paragraph role="status" className="kl-status">
          {saved ? t('details.saved') : ''}
        </Paragraph>
      </form>
    </section>
  );
}
