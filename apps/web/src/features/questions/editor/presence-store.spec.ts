import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PresenceStore, userOf } from './presence-store';

const SANNE = {
  userId: 'u-sanne',
  name: 'Sanne de Vries',
  organisation: 'Gemeente Voorbeeldstad',
  colour: '#01689b',
};
const PIETER = {
  userId: 'u-pieter',
  name: 'Pieter Jansen',
  organisation: 'CBS',
  colour: '#00a1cd',
};

/** An awareness with our own state and the given remote states, as the provider would hold it. */
function awarenessWith(self: object | null, ...others: Array<[clientID: number, state: object]>) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(self);
  for (const [clientID, state] of others) {
    awareness.states.set(clientID, state);
    awareness.meta.set(clientID, { clock: 1, lastUpdated: Date.now() });
  }
  awareness.emit('change', [{ added: [], updated: [], removed: [] }, 'test']);
  return awareness;
}

describe(PresenceStore.name, () => {
  it('lists yourself first, then the others by name, one entry per person', () => {
    const awareness = awarenessWith(
      { user: PIETER },
      [101, { user: SANNE, cursor: null }],
      [102, { user: SANNE, cursor: null }], // a second tab of Sanne's
      [103, { cursor: null }], // no user stamped (yet): not listed
    );
    const store = new PresenceStore(awareness);
    expect(store.getSnapshot()).toEqual([
      { ...PIETER, self: true },
      { ...SANNE, self: false },
    ]);
    store.destroy();
    awareness.destroy();
  });

  it('publishes a new list only when the people change, not when carets move', () => {
    const awareness = awarenessWith({ user: PIETER, cursor: null });
    const store = new PresenceStore(awareness);
    const listener = jest.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();

    awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toBe(before);

    awareness.states.set(201, { user: SANNE });
    awareness.emit('change', [{ added: [201], updated: [], removed: [] }, 'test']);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().map((p) => p.name)).toEqual(['Pieter Jansen', 'Sanne de Vries']);
    store.destroy();
    awareness.destroy();
  });
});

describe(userOf.name, () => {
  it('takes the stamped identity and refuses what is not one', () => {
    expect(userOf({ user: SANNE })).toEqual(SANNE);
    expect(userOf({ user: { name: 'Zonder id' } })).toBeNull();
    expect(userOf({ user: 'Sanne' })).toBeNull();
    expect(userOf({})).toBeNull();
  });

  it('never lets a colour become CSS of another kind', () => {
    expect(userOf({ user: { ...SANNE, colour: 'red; background: url(x)' } })?.colour).toBe(
      '#555555',
    );
  });
});
