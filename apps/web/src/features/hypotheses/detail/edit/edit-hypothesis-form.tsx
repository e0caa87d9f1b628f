import { useMutation, useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  useFieldIds,
  useFormProblems,
} from '../../../../shared/forms';
import { Loading } from '../../../../shared/page';
import { ClaimFields } from '../../form/claim-fields';
import { HYPOTHESIS_DRAFT_FIELDS } from '../../form/hypothesis-draft';
import { PartnerAndTagFields } from '../../form/partner-and-tag-fields';
import { useHypothesisDraftCheck } from '../../form/use-hypothesis-draft-check';
import { HYPOTHESIS_QUERIES } from '../../live/use-live-hypotheses';
import { HypothesisEditOptionsQuery, UpdateHypothesisMutation } from './edit-hypothesis.graphql';
import { hypothesisUpdate, type HypothesisEditDraft } from './hypothesis-update';

const FIELDS = [...HYPOTHESIS_DRAFT_FIELDS, 'ownerId'] as const;

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
  const checkDraft = useHypothesisDraftCheck();
  const headingId = useId();
  const ids = useFieldIds(FIELDS);
  // A conflict here means the hypothesis was closed meanwhile; what it says is then fixed.
  const problems = useFormProblems(FIELDS, { CONFLICT: t('edit.closed') });
  const [draft, setDraft] = useState<HypothesisEditDraft>(before);
  const change = (next: Partial<HypothesisEditDraft>) => setDraft((d) => ({ ...d, ...next }));
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending || !problems.check(checkDraft(draft, { claim: open }))) return;
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
          <ClaimFields ids={ids} draft={draft} onChange={change} errors={problems.fields} />
        ) : null}
        <PartnerAndTagFields
          ids={ids}
          draft={draft}
          onChange={change}
          errors={problems.fields}
          organisations={[project.ownerOrganisation, ...project.partners]}
        />
        {mayReassign ? (
          <SelectField
            id={ids.ownerId}
            label={t('edit.owner')}
            description={t('edit.ownerDescription')}
            value={draft.ownerId}
            options={owners.map((m) => ({ value: m.user.id, label: m.user.name }))}
            onChange={(ownerId) => change({ ownerId })}
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
