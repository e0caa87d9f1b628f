import { LIMITS, type ProjectPhase, type ProjectVisibility } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';
import {
  CheckboxGroupField,
  SelectField,
  TextareaField,
  TextField,
  useValidationText,
  type FieldErrors,
} from '../../shared/forms';
import { Loading, QueryError } from '../../shared/page';
import { usePartnerOptions } from './use-partner-options';
import { useProjectTerms } from './use-project-terms';

export const PROJECT_FIELDS = [
  'title',
  'goal',
  'societalObjective',
  'phase',
  'visibility',
  'partnerOrganisationIds',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

export interface ProjectFieldValues {
  title: string;
  goal: string;
  societalObjective: string;
  phase: ProjectPhase;
  visibility: ProjectVisibility;
  partnerOrganisationIds: string[];
}

export const EMPTY_PROJECT: ProjectFieldValues = {
  title: '',
  goal: '',
  societalObjective: '',
  phase: 'idea',
  visibility: 'partners',
  partnerOrganisationIds: [],
};

/** The checks the API would do too, done before sending so the answer comes at once. */
export function useProjectFieldsCheck() {
  const { t } = useTranslation('projects');
  const validation = useValidationText();
  return (values: ProjectFieldValues): FieldErrors<ProjectField> => {
    const found: FieldErrors<ProjectField> = {};
    const title = values.title.trim();
    if (!title) found.title = validation.required(t('fields.title'));
    else if (title.length < LIMITS.projectTitleMin)
      found.title = validation.minLength(t('fields.title'), LIMITS.projectTitleMin);
    if (!values.goal.trim()) found.goal = validation.required(t('fields.goal'));
    return found;
  };
}

interface ProjectFieldsProps {
  ids: Record<ProjectField, string>;
  values: ProjectFieldValues;
  errors: FieldErrors<ProjectField>;
  onChange: (values: ProjectFieldValues) => void;
  /** The organisation that owns the project; it is never offered as a partner. */
  ownerOrganisationId: string;
}

/** The fields that describe a project, shared by "new project" and the project's settings. */
export function ProjectFields({
  ids,
  values,
  errors,
  onChange,
  ownerOrganisationId,
}: ProjectFieldsProps) {
  const { t } = useTranslation('projects');
  const terms = useProjectTerms();
  const partners = usePartnerOptions(ownerOrganisationId);
  const set =
    <K extends keyof ProjectFieldValues>(key: K) =>
    (value: ProjectFieldValues[K]) =>
      onChange({ ...values, [key]: value });

  return (
    <>
      <TextField
        id={ids.title}
        label={t('fields.title')}
        maxLength={LIMITS.projectTitleMax}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
      />
      <TextareaField
        id={ids.goal}
        label={t('fields.goal')}
        description={t('fields.goalDescription')}
        maxLength={LIMITS.projectGoalMax}
        rows={5}
        value={values.goal}
        onChange={set('goal')}
        error={errors.goal}
      />
      <TextareaField
        id={ids.societalObjective}
        label={t('fields.societalObjective')}
        description={t('fields.societalObjectiveDescription')}
        optional
        maxLength={LIMITS.projectObjectiveMax}
        value={values.societalObjective}
        onChange={set('societalObjective')}
        error={errors.societalObjective}
      />
      <SelectField
        id={ids.phase}
        label={t('fields.phase')}
        options={terms.phaseOptions}
        value={values.phase}
        onChange={set('phase')}
        error={errors.phase}
      />
      <SelectField
        id={ids.visibility}
        label={t('fields.visibility')}
        description={t('fields.visibilityDescription')}
        options={terms.visibilityOptions}
        value={values.visibility}
        onChange={set('visibility')}
        error={errors.visibility}
      />
      {partners.error ? (
        <QueryError error={partners.error} />
      ) : partners.loading ? (
        <Loading />
      ) : (
        <CheckboxGroupField
          id={ids.partnerOrganisationIds}
          legend={t('fields.partners')}
          description={t('fields.partnersDescription')}
          options={partners.options}
          value={values.partnerOrganisationIds}
          onChange={set('partnerOrganisationIds')}
          error={errors.partnerOrganisationIds}
        />
      )}
    </>
  );
}
