import { useMutation, useQuery } from '@apollo/client/react';
import { allowsProject, LIMITS, type ExpectedDirection } from '@ketenlab/domain';
import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxGroupField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextareaField,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
} from '../../../../shared/forms';
import { Loading } from '../../../../shared/page';
import { HYPOTHESIS_QUERIES } from '../../live/use-live-hypotheses';
import { tagsFit, parseTags } from '../../propose/tag-list';
import { useHypothesisTerms } from '../../use-hypothesis-terms';
import { HypothesisEditOptionsQuery, UpdateHypothesisMutation } from './edit-hypothesis.graphql';
import { hypothesisUpdate, type HypothesisEditDraft } from './hypothesis-update';

const FIELDS = [
  'statement',
  'rationale',
  'expectedDirection',
  'partnerOrganisationIds',
  'tags',
  'ownerId',
] as const;
type Field = (typeof FIELDS)[number];

interface EditHypothesisFormProps {
  hypothesisId: string;
  projectId: string;
  before: HypothesisEditDraft;
  /** What it says changes only while it is open. */
  open: boolean;
  mayReassign: boolean;
  onDone: () => void;
}

/** Edits a hypothesis in place; the API's refusals appear at the field they concern. */
export function EditHypothesisForm({
  hypothesisId,
  projectId,
  before,
  open: openAtStart,
  mayReassign,
  onDone,
}: EditHypothesisFormProps) {
  // Kept as it was when editing began: a live close must not drop the fields being typed in
  // silently; the API refuses them instead and the form says why.
  const [open] = useState(openAtStart);
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const validation = useValidationText();
  const headingId = useId();
  const ids = useFieldIds(FIELDS);
  // A conflict here means the hypothesis was closed meanwhile; what it says is then fixed.
  const problems = useFormProblems(FIELDS, { CONFLICT: t('edit.closed') });
  const [draft, setDraft] = useState<HypothesisEditDraft>(before);
  const set =
    <K extends keyof HypothesisEditDraft>(key: K) =>
    (value: HypothesisEditDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const options = useQuery(HypothesisEditOptionsQuery, {
    variables: { projectId, withMembers: mayReassign },
  });
  const [update, { loading: sending }] = useMutation(UpdateHypothesisMutation, {
    refetchQueries: HYPOTHESIS_QUERIES,
  });
  const project = options.data?.project;
  if (!project) return <Loading />;
  // Only members whose role edits hypotheses may own one (the API checks the same).
  const owners = (project.members ?? []).filter((m) => allowsProject('hypothesis.update', m.role));

  const check = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    if (open) {
      const statement = draft.statement.trim();
      if (!statement) found.statement = validation.required(t('propose.statement'));
      else if (statement.length < LIMITS.hypothesisStatementMin)
        found.statement = validation.minLength(
          t('propose.statement'),
          LIMITS.hypothesisStatementMin,
        );
    }
    if (!tagsFit(parseTags(draft.tagText))) found.tags = t('propose.tagsDescription');
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending || !problems.check(check())) return;
    const input = hypothesisUpdate(hypothesisId, before, draft, { open, mayReassign });
    if (Object.keys(input).length === 1) return onDone();
    try {
      await update({ variables: { input } });
      onDone();
    } catch (failure) {
      problems.showError(failure);
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('edit.title')}</Heading2>
      <form onSubmit={onSubmit} noValidate className="kl-form kl-narrow">
        <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
        {open ? (
          <>
            <TextareaField
              id={ids.statement}
              label={t('propose.statement')}
              description={t('propose.statementDescription')}
              maxLength={LIMITS.hypothesisStatementMax}
              rows={3}
              value={draft.statement}
              onChange={set('statement')}
              error={problems.fields.statement}
            />
            <TextareaField
              id={ids.rationale}
              label={t('propose.rationale')}
              description={t('propose.rationaleDescription')}
              optional
              maxLength={LIMITS.hypothesisRationaleMax}
              value={draft.rationale}
              onChange={set('rationale')}
              error={problems.fields.rationale}
            />
            <SelectField<ExpectedDirection | 'none'>
              id={ids.expectedDirection}
              label={t('propose.direction')}
              value={draft.direction}
              options={[
                { value: 'none', label: t('propose.directionNone') },
                ...terms.directionOptions,
              ]}
              onChange={set('direction')}
              error={problems.fields.expectedDirection}
            />
          </>
        ) : null}
        <CheckboxGroupField
          id={ids.partnerOrganisationIds}
          legend={t('propose.partners')}
          options={[project.ownerOrganisation, ...project.partners].map((o) => ({
            value: o.id,
            label: o.name,
          }))}
          value={[...draft.partnerIds]}
          onChange={set('partnerIds')}
          error={problems.fields.partnerOrganisationIds}
        />
        <TextField
          id={ids.tags}
          label={t('propose.tags')}
          description={t('propose.tagsDescription')}
          optional
          value={draft.tagText}
          onChange={set('tagText')}
          error={problems.fields.tags}
        />
        {mayReassign ? (
          <SelectField
            id={ids.ownerId}
            label={t('edit.owner')}
            description={t('edit.ownerDescription')}
            value={draft.ownerId}
            options={owners.map((m) => ({ value: m.user.id, label: m.user.name }))}
            onChange={set('ownerId')}
            error={problems.fields.ownerId}
          />
        ) : null}
        <ButtonGroup>
          <SubmitButton busy={sending}>{t('edit.submit')}</SubmitButton>
          <Button appearance="secondary-action-button" onClick={onDone}>
            {t('edit.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
