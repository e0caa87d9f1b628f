import { useMutation } from '@apollo/client/react';
import type { HypothesisStatus } from '@ketenlab/domain';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsOf, useProblemText } from '../../../shared/errors';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import { MoveDialog, type MovedHypothesis } from './move-dialog';
import { moveProblemsOf } from './move-problems';
import { asksFirst, moveRequest, type MovableHypothesis, type MoveRequest } from './move-request';
import { TransitionHypothesisMutation } from './transition.graphql';

type Outcome = { kind: 'done' | 'refused'; text: string };

/**
 * Moving hypotheses, the same way from the board (dragging) and the detail page (buttons): a
 * move that needs nothing is made at once; one that needs a reason, evidence or a second
 * thought opens the dialog first. `element` holds the dialog and the message saying how it went.
 */
export function useHypothesisMoves(onMoved?: (hypothesis: MovedHypothesis) => void) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const problemText = useProblemText();
  const [asking, setAsking] = useState<MoveRequest | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [transition, { loading }] = useMutation(TransitionHypothesisMutation);

  const moved = (hypothesis: MovedHypothesis) => {
    setAsking(null);
    setOutcome({
      kind: 'done',
      text: t('move.moved', {
        statement: hypothesis.statement,
        to: terms.status(hypothesis.status),
      }),
    });
    onMoved?.(hypothesis);
  };

  const requestMove = async (hypothesis: MovableHypothesis, to: HypothesisStatus) => {
    const request = moveRequest(hypothesis, to);
    if (!request || loading) return;
    setOutcome(null);
    if (asksFirst(request)) {
      setAsking(request);
      return;
    }
    try {
      const { data } = await transition({
        variables: { input: { hypothesisId: hypothesis.id, to, rationale: '', evidence: [] } },
      });
      if (data) moved(data.transitionHypothesis);
    } catch (error) {
      const texts = problemsOf(error);
      const reasons = moveProblemsOf(error).map((problem) =>
        problem.at === 'forbidden'
          ? t('move.errors.forbidden')
          : problem.at === 'to'
            ? t('move.errors.to')
            : problemText(texts[problem.at === 'general' ? problem.index : 0]),
      );
      setOutcome({
        kind: 'refused',
        text: `${t('move.failed')} ${[...new Set(reasons)].join(' ')}`,
      });
    }
  };

  const element = (
    <>
      {/* Always present, so that screen readers announce what is put into it. */}
      <div role="status" className="kl-move-outcome">
        {outcome?.kind === 'done' ? (
          <Alert type="ok">
            <Paragraph>{outcome.text}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {outcome?.kind === 'refused' ? (
        <div className="kl-move-outcome">
          <Alert type="error" role="alert">
            <Paragraph>{outcome.text}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <MoveDialog request={asking} onClose={() => setAsking(null)} onMoved={moved} />
    </>
  );
  return { requestMove, element, busy: loading };
}
