import type { QuestionStatus } from '@ketenlab/domain';
import { StatusBadge } from '@utrecht/component-library-react';
import { useQuestionTerms } from './use-question-terms';

/** A question's status as a badge; the text says it, the colour only repeats it. */
export function QuestionStatusBadge({ status }: { status: QuestionStatus }) {
  const terms = useQuestionTerms();
  return (
    <StatusBadge status={status} className={`kl-question-status kl-question-status--${status}`}>
      {terms.status(status)}
    </StatusBadge>
  );
}
