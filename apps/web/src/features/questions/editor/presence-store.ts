import type { Awareness } from 'y-protocols/awareness';

/** Someone with the document open: who, for which organisation, in which colour. */
export interface Present {
  userId: string;
  name: string;
  organisation: string;
  /** The organisation's colour, #rrggbb. */
  colour: string;
  /** This browser tab. */
  self: boolean;
}

const COLOUR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOUR = '#555555';

/**
 * The `user` field of an awareness state. The server overwrites it for every connection with
 * the identity it authenticated, so what arrives here is who people are, not who they claim to
 * be; it is still checked, because a state is JSON from another browser.
 */
export function userOf(state: Record<string, unknown>): Omit<Present, 'self'> | null {
  const user = state['user'];
  if (!user || typeof user !== 'object') return null;
  const { userId, name, organisation, colour } = user as Record<string, unknown>;
  if (typeof userId !== 'string' || typeof name !== 'string') return null;
  return {
    userId,
    name,
    organisation: typeof organisation === 'string' ? organisation : '',
    colour: typeof colour === 'string' && COLOUR.test(colour) ? colour : FALLBACK_COLOUR,
  };
}

function samePeople(a: readonly Present[], b: readonly Present[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.userId === b[i].userId &&
        p.name === b[i].name &&
        p.organisation === b[i].organisation &&
        p.colour === b[i].colour &&
        p.self === b[i].self,
    )
  );
}

/**
 * Who is here, fed by awareness events: one entry per person (several tabs are one person),
 * yourself first, then by name. Components read it through `useSyncExternalStore`; carets
 * moving change awareness all the time, so a new list is published only when the people change.
 */
export class PresenceStore {
  private readonly listeners = new Set<() => void>();
  private people: readonly Present[] = [];

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', this.refresh);
    this.refresh();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Present[] => this.people;

  destroy(): void {
    this.awareness.off('change', this.refresh);
    this.listeners.clear();
  }

  private readonly refresh = () => {
    const byUser = new Map<string, Present>();
    for (const [clientId, state] of this.awareness.getStates()) {
      const user = userOf(state);
      if (!user) continue;
      const self = clientId === this.awareness.clientID;
      if (self || !byUser.has(user.userId)) byUser.set(user.userId, { ...user, self });
    }
    const next = [...byUser.values()].sort(
      (a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name),
    );
    if (samePeople(next, this.people)) return;
    this.people = next;
    for (const listener of this.listeners) listener();
  };
}
