import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProjectSettingsQuery } from '../../gql/graphql';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  useFieldIds,
  useFormProblems,
} from '../../shared/forms';

const SetStaleAfterMutation = graphql(`
  mutation SetStaleAfterDays($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      id
      staleAfterDays
    }
  }
`);

const FIELDS = ['staleAfterDays'] as const;

/** The lead decides after how many quiet days an open hypothesis shows as stale. */
export function StaleAfterForm({ project }: { project: ProjectSettingsQuery['project'] }) {
  const { t } = useTranslation('projectSettings');
  const headingId = useId();
  const ids = useFieldIds(FIELDS);
  const problems = useFormProblems(FIELDS);
  const [value, setValue] = useState(String(project.staleAfterDays));
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetStaleAfterMutation, {
    refetchQueries: ['ProjectHypothesisProgress'],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    const days = Number(value.trim());
    const valid =
      /^\d+$/.test(value.trim()) &&
      days >= LIMITS.staleAfterDaysMin &&
      days <= LIMITS.staleAfterDaysMax;
    const range = { min: LIMITS.staleAfterDaysMin, max: LIMITS.staleAfterDaysMax };
    if (!problems.check(valid ? {} : { staleAfterDays: t('stale.range', range) })) return;
    try {
      await save({ variables: { input: { id: project.id, staleAfterDays: days } } });
      setSaved(true);
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('stale.title')}</Heading2>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        <TextField
          id={ids.staleAfterDays}
          label={t('stale.label')}
          description={t('stale.description', {
            min: LIMITS.staleAfterDaysMin,
            max: LIMITS.staleAfterDaysMax,
          })}
          value={value}
          inputMode="numeric"
          maxLength={3}
          error={problems.fields.staleAfterDays}
          onChange={(next) => {
            setSaved(false);
            setValue(next);
          }}
        />
        <SubmitButton busy={loading}>{t('stale.submit')}</SubmitButton>
        <Paragraph role="status" className="kl-status">
          {saved ? t('stale.saved', { count: Number(value) }) : ''}
        </Paragraph>
      </form>
    </section>
  );
}
