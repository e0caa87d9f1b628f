import type { HypothesisStatus } from '@ketenlab/domain';
import { StatusBadge } from '@utrecht/component-library-react';
import './hypotheses.css';
import { useHypothesisTerms } from './use-hypothesis-terms';

/** A hypothesis's status as a badge; the word says it, the colour only repeats it. */
export function HypothesisStatusBadge({ status }: { status: HypothesisStatus }) {
  const terms = useHypothesisTerms();
  return (
    <StatusBadge status={status} className={`kl-hypothesis-status kl-hypothesis-status--${status}`}>
      {terms.status(status)}
    </StatusBadge>
  );
}
