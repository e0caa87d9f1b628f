import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
import {
  AlertDialog,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitionHypothesisMutation as MoveResult } from '../../../gql/graphql';
import { useProblemText, problemsOf } from '../../../shared/errors';
import { ErrorSummary, TextareaField, type FormProblems } from '../../../shared/forms';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import {
  checkEvidence,
  evidenceProblemAt,
  newEvidenceDraft,
  toEvidenceInput,
  type EvidenceDraft,
} from './evidence-draft';
import { EvidenceFields } from './evidence-fields';
import { moveProblemsOf } from './move-problems';
import type { MoveRequest } from './move-request';
import { EvidenceSourcesQuery, TransitionHypothesisMutation } from './transition.graphql';

export type MovedHypothesis = MoveResult['transitionHypothesis'];

interface MoveDialogProps {
  request: MoveRequest | null;
  onClose: () => void;
  onMoved: (hypothesis: MovedHypothesis) => void;
}

const EMPTY: FormProblems<string> = { fields: {}, general: [], attempt: 0 };

/**
 * Asks what a move needs before it is made: a rationale for a verdict or a reopening, evidence
 * for a verdict, a confirmation for withdrawing. A native modal `<dialog>` keeps focus inside,
 * Escape cancels, and the API's refusals appear in it, next to the field they concern.
 */
export function MoveDialog({ request, onClose, onMoved }: MoveDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const open = request !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <AlertDialog
      ref={ref}
      type="info"
      // Utrecht 14's AlertDialog drops its className prop; the styles select this attribute.
      data-dialog="move"
      aria-labelledby={request ? `${request.hypothesis.id}-move-title` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {/* Keyed by the move, so each one starts with an empty form. */}
      {request ? (
        <MoveForm
          key={`${request.hypothesis.id}-${request.to}`}
          request={request}
          onClose={onClose}
          onMoved={onMoved}
        />
      ) : null}
    </AlertDialog>
  );
}

function MoveForm({ request, onClose, onMoved }: MoveDialogProps & { request: MoveRequest }) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const problemText = useProblemText();
  const base = useId();
  const idOf = (path: string) => `${base}${path.replace(/\./g, '-')}`;
  const { hypothesis, to, rule } = request;
  const [rationale, setRationale] = useState('');
  const [drafts, setDrafts] = useState<EvidenceDraft[]>(() =>
    rule.needsEvidence ? [newEvidenceDraft(1)] : [],
  );
  const [problems, setProblems] = useState<FormProblems<string>>(EMPTY);
  const sources = useQuery(EvidenceSourcesQuery, {
    variables: { questionId: hypothesis.questionId, projectId: hypothesis.projectId },
    skip: !rule.needsEvidence,
  });
  const [transition, { loading }] = useMutation(TransitionHypothesisMutation);

  const order = [
    'rationale',
    'evidence',
    ...drafts.flatMap((_, index) =>
      ['url', 'title', 'targetId', 'quote'].map((field) => `evidence.${index}.${field}`),
    ),
  ];
  const ids = Object.fromEntries(order.map((path) => [path, idOf(path)]));
  const fail = (fields: Record<string, string>, general: string[] = []) =>
    setProblems((s) => ({ fields, general, attempt: s.attempt + 1 }));

  const check = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (rule.needsRationale && !rationale.trim()) found['rationale'] = t('move.errors.rationale');
    if (rule.needsEvidence && drafts.length === 0) found['evidence'] = t('move.errors.evidence');
    for (const [path, field] of checkEvidence(drafts)) found[path] = t(`move.errors.${field}`);
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const found = check();
    if (Object.keys(found).length) return fail(found);
    setProblems((s) => ({ ...EMPTY, attempt: s.attempt }));
    try {
      const { data } = await transition({
        variables: {
          input: {
            hypothesisId: hypothesis.id,
            to,
            rationale: rationale.trim(),
            evidence: drafts.map((draft) => toEvidenceInput(draft, hypothesis.questionId)),
          },
        },
      });
      if (data) onMoved(data.transitionHypothesis);
    } catch (error) {
      const fields: Record<string, string> = {};
      const general: string[] = [];
      const texts = problemsOf(error);
      for (const problem of moveProblemsOf(error)) {
        if (problem.at === 'general') general.push(problemText(texts[problem.index]));
        else if (problem.at === 'rationale' || problem.at === 'evidence')
          fields[problem.at] = t(`move.errors.${problem.at}`);
        else if (problem.at === 'evidenceField')
          fields[problem.path] = t(
            `move.errors.${evidenceProblemAt(drafts, problem.path, problem.field)}`,
          );
        else if (problem.at === 'evidenceTarget') general.push(t('move.errors.target'));
        else if (problem.at === 'to') general.push(t('move.errors.to'));
        else general.push(t('move.errors.forbidden'));
      }
      fail(fields, [...new Set(general)]);
    }
  };

  const rationaleDescription = rule.needsEvidence
    ? t('move.rationaleVerdict')
    : rule.needsRationale
      ? t('move.rationaleReopen')
      : t('move.rationaleOptional');
  return (
    <form onSubmit={onSubmit} noValidate className="kl-form">
      <Heading2 id={`${hypothesis.id}-move-title`} className="kl-dialog__title">
        {t('move.dialogTitle', { to: terms.status(to) })}
      </Heading2>
      <Paragraph>
        {t('move.intro', { from: terms.status(hypothesis.status), to: terms.status(to) })}
      </Paragraph>
      <blockquote className="kl-quote">{hypothesis.statement}</blockquote>
      {to === 'withdrawn' ? <Paragraph>{t('move.withdrawWarning')}</Paragraph> : null}
      <ErrorSummary problems={problems} ids={ids} order={order} />
      <TextareaField
        id={ids['rationale']}
        label={t('move.rationale')}
        description={rationaleDescription}
        optional={!rule.needsRationale}
        maxLength={LIMITS.transitionRationaleMax}
        value={rationale}
        onChange={setRationale}
        error={problems.fields['rationale']}
      />
      {rule.needsEvidence ? (
        <EvidenceFields
          id={ids['evidence']}
          drafts={drafts}
          onChange={setDrafts}
          versions={sources.data?.question.versions ?? []}
          datasets={sources.data?.project.datasets ?? []}
          idOf={idOf}
          errors={problems.fields}
          error={problems.fields['evidence']}
        />
      ) : null}
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onClose}>
          {t('move.cancel')}
        </Button>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('move.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
