import type { ClientRect, SensorContext, UniqueIdentifier } from '@dnd-kit/core';
import { columnCoordinates, columnUnderCard } from './column-navigation';

const rect = (left: number, top: number, width = 300, height = 400): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

/** Six columns, three a row, as the board lays them out; `enabled` take the dragged card. */
function board(enabled: string[], over: string) {
  const layout: Record<string, ClientRect> = {
    proposed: rect(0, 0),
    under_investigation: rect(320, 0),
    supported: rect(640, 0),
    refuted: rect(0, 420),
    inconclusive: rect(320, 420),
    withdrawn: rect(640, 420),
  };
  // Listed out of order on purpose: the getter must sort by position, not by registration.
  const containers = [...enabled].reverse().map((id) => ({ id, rect: { current: layout[id] } }));
  const context = {
    collisionRect: rect(layout[over].left + 10, layout[over].top + 56, 280, 120),
    droppableRects: new Map<UniqueIdentifier, ClientRect>(Object.entries(layout)),
    droppableContainers: { getEnabled: () => containers },
    over: { id: over },
  } as unknown as SensorContext;
  return { context, layout };
}

const press = (code: string) => ({ code, preventDefault: () => undefined }) as KeyboardEvent;

function landsOn(code: string, enabled: string[], from: string) {
  const { context, layout } = board(enabled, from);
  const point = columnCoordinates(press(code), {
    active: 'h',
    currentCoordinates: { x: 0, y: 0 },
    context,
  });
  if (!point) return null;
  return Object.entries(layout).find(
    ([, r]) => point.x >= r.left && point.x < r.right && point.y >= r.top && point.y < r.bottom,
  )?.[0];
}

describe('keyboard moves between board columns', () => {
  const lead = ['under_investigation', 'supported', 'refuted', 'inconclusive', 'withdrawn'];

  it('jumps to the next column that takes the card, in reading order', () => {
    expect(landsOn('ArrowRight', lead, 'under_investigation')).toBe('supported');
    expect(landsOn('ArrowDown', lead, 'supported')).toBe('refuted');
    expect(landsOn('ArrowLeft', lead, 'refuted')).toBe('supported');
  });

  it('skips columns that do not take the card', () => {
    // A contributor's proposal: only "under investigation" and "withdrawn" (own) are open.
    const contributor = ['proposed', 'under_investigation', 'withdrawn'];
    expect(landsOn('ArrowRight', contributor, 'under_investigation')).toBe('withdrawn');
    expect(landsOn('ArrowUp', contributor, 'withdrawn')).toBe('under_investigation');
  });

  it('stays at the ends and ignores other keys', () => {
    expect(landsOn('ArrowRight', lead, 'withdrawn')).toBe('withdrawn');
    expect(landsOn('ArrowLeft', lead, 'under_investigation')).toBe('under_investigation');
    expect(landsOn('KeyA', lead, 'under_investigation')).toBeNull();
  });

  it('finds the column under the top of a card moved without a pointer', () => {
    const { context } = board(['supported', 'refuted'], 'supported');
    const collisions = columnUnderCard({
      active: {} as never,
      collisionRect: rect(10, 480, 280, 120),
      droppableRects: context.droppableRects,
      droppableContainers: context.droppableContainers.getEnabled() as never,
      pointerCoordinates: null,
    });
    expect(collisions.map((c) => c.id)).toEqual(['refuted']);
  });
});
