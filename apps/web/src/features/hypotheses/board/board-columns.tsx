import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '@ketenlab/domain';
import { useState } from 'react';
import type { BoardHypothesis } from './board-card';
import { BoardColumn } from './board-column';
import { columnCoordinates, columnUnderCard } from './column-navigation';
import { CardContent } from './hypothesis-card';
import { useDragAnnouncements } from './use-drag-announcements';

interface BoardColumnsProps {
  hypotheses: readonly BoardHypothesis[];
  questionTitle: (questionId: string) => string;
  onMove: (hypothesis: BoardHypothesis, to: HypothesisStatus) => void;
}

/**
 * The columns, one per status in lifecycle order, and dragging between them. Only the columns
 * the API allows this user for the dragged card take it; the move itself, and whether it needs
 * the dialog, is `onMove`'s business.
 */
export function BoardColumns({ hypotheses, questionTitle, onMove }: BoardColumnsProps) {
  const accessibility = useDragAnnouncements();
  const [dragged, setDragged] = useState<BoardHypothesis | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const onDragStart = ({ active }: DragStartEvent) =>
    setDragged((active.data.current?.['hypothesis'] as BoardHypothesis | undefined) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const hypothesis = active.data.current?.['hypothesis'] as BoardHypothesis | undefined;
    const to = over?.id as HypothesisStatus | undefined;
    if (hypothesis && to && to !== hypothesis.status) onMove(hypothesis, to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnUnderCard}
      // Focus is put where it belongs by the move itself (the card in its new column, or the
      // dialog); dnd-kit's restore would pull it back to the old card under an open dialog.
      accessibility={{ ...accessibility, restoreFocus: false }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <div className="kl-board">
        {HYPOTHESIS_STATUSES.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            hypotheses={hypotheses.filter((hypothesis) => hypothesis.status === status)}
            dragged={dragged}
            questionTitle={questionTitle}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className="kl-hcard kl-hcard--overlay" aria-hidden="true">
            <CardContent
              hypothesis={dragged}
              questionTitle={questionTitle(dragged.questionId)}
              preview
            />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
