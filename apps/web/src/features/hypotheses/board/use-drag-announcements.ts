import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { HypothesisStatus } from '@ketenlab/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import type { BoardHypothesis } from './board-card';

type Dragged = { data: { current?: { hypothesis?: BoardHypothesis } } };

const hypothesisOf = (active: Dragged) => active.data.current?.hypothesis;

/**
 * What screen readers hear while a card is dragged, in the interface language: which columns
 * it may go to, which column it is over, and where it ended up. (dnd-kit's own texts are
 * English and speak of "droppable areas".)
 */
export function useDragAnnouncements(): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const format = useFormat();
  const column = (id: unknown) => terms.status(id as HypothesisStatus);
  // A drag starts over the card's own column; saying so would talk over the pick-up message,
  // which lists where the card may go. Only a move away (and back) is announced.
  const leftHome = useRef(false);
  return {
    screenReaderInstructions: { draggable: t('drag.instructions') },
    announcements: {
      onDragStart: ({ active }) => {
        leftHome.current = false;
        const hypothesis = hypothesisOf(active);
        if (!hypothesis) return undefined;
        if (!hypothesis.allowedTransitions.length) return t('drag.noTargets');
        return t('drag.start', {
          statement: hypothesis.statement,
          from: terms.status(hypothesis.status),
          targets: format.list(hypothesis.allowedTransitions.map(terms.status)),
        });
      },
      onDragOver: ({ active, over }) => {
        const home = over?.id === hypothesisOf(active)?.status;
        if (home && !leftHome.current) return undefined;
        leftHome.current = true;
        if (!over) return t('drag.nowhere');
        return home
          ? t('drag.overSame', { column: column(over.id) })
          : t('drag.over', { column: column(over.id) });
      },
      onDragEnd: ({ active, over }) => {
        const from = hypothesisOf(active)?.status;
        if (!over || over.id === from) return t('drag.droppedSame', { column: column(from) });
        return t('drag.dropped', { column: column(over.id) });
      },
      onDragCancel: ({ active }) =>
        t('drag.cancelled', { column: column(hypothesisOf(active)?.status) }),
    },
  };
}
