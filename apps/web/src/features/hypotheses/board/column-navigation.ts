import {
  KeyboardCode,
  pointerWithin,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/**
 * Keyboard dragging between board columns. dnd-kit's own keyboard sensor moves a card by a few
 * pixels per arrow press, which on a board means dozens of presses and columns passed over
 * unnoticed. Here each arrow press jumps to the next column the card may go to (disabled
 * columns are not drop targets, so they are skipped), in reading order: right and down go
 * forward, left and up go back.
 */

const FORWARD: string[] = [KeyboardCode.Right, KeyboardCode.Down];
const BACK: string[] = [KeyboardCode.Left, KeyboardCode.Up];

/** Where in a column the card lands: below the column's heading. */
const BELOW_HEADING = 56;

/** The point of a dragged card that decides which column it is over, when no pointer moves it. */
function anchorOf(rect: ClientRect) {
  return { x: rect.left + rect.width / 2, y: rect.top + Math.min(24, rect.height / 2) };
}

function inReadingOrder(a: ClientRect, b: ClientRect): number {
  // Columns of one row share their top edge (within a few pixels when they wrap).
  return Math.abs(a.top - b.top) > 8 ? a.top - b.top : a.left - b.left;
}

export const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const forward = FORWARD.includes(event.code);
  if (!forward && !BACK.includes(event.code)) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => inReadingOrder(a.rect, b.rect));
  if (!columns.length) return undefined;
  const current = columns.findIndex((column) => column.id === over?.id);
  const next =
    current === -1 ? 0 : Math.min(columns.length - 1, Math.max(0, current + (forward ? 1 : -1)));
  const target = columns[next].rect;
  return {
    x: target.left + (target.width - collisionRect.width) / 2,
    y: target.top + BELOW_HEADING,
  };
};

/**
 * The column under the pointer; for keyboard drags, which have no pointer, the column under the
 * top middle of the dragged card (where `columnCoordinates` puts it).
 */
export const columnUnderCard: CollisionDetection = (args) =>
  pointerWithin(
    args.pointerCoordinates ? args : { ...args, pointerCoordinates: anchorOf(args.collisionRect) },
  );
