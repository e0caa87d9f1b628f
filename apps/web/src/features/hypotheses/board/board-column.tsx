import { useDroppable } from '@dnd-kit/core';
import type { HypothesisStatus } from '@ketenlab/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import type { BoardHypothesis } from './board-card';
import { HypothesisCard } from './hypothesis-card';

interface BoardColumnProps {
  status: HypothesisStatus;
  hypotheses: readonly BoardHypothesis[];
  /** The card being dragged, if any: it decides which columns take it. */
  dragged: BoardHypothesis | null;
  questionTitle: (questionId: string) => string;
}

/** One status: its name and count, and its cards. While dragging, it says whether it takes the card. */
export function BoardColumn({ status, hypotheses, dragged, questionTitle }: BoardColumnProps) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const takes =
    dragged !== null && (dragged.status === status || dragged.allowedTransitions.includes(status));
  const { setNodeRef, isOver } = useDroppable({ id: status, disabled: !takes });
  const headingId = `column-${status}`;
  const state = !dragged ? 'idle' : !takes ? 'closed' : isOver ? 'over' : 'open';
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={`kl-board__column kl-board__column--${state}`}
      data-status={status}
    >
      <Heading2 id={headingId} className="kl-board__heading">
        <span>{terms.status(status)}</span>{' '}
        <span className="kl-board__count">
          <span aria-hidden="true">{hypotheses.length}</span>
          <span className="kl-visually-hidden">
            {t('board.count', { count: hypotheses.length })}
          </span>
        </span>
      </Heading2>
      {hypotheses.length ? (
        <ul className="kl-board__cards">
          {hypotheses.map((hypothesis) => (
            <li key={hypothesis.id}>
              <HypothesisCard
                hypothesis={hypothesis}
                questionTitle={questionTitle(hypothesis.questionId)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph className="kl-muted">{t('board.emptyColumn')}</Paragraph>
      )}
    </section>
  );
}
