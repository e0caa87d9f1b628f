import type { AwarenessEntry } from '../protocol/awareness-update.codec';
import type { CollabIdentity, ConnectionInfo } from '../connection-info';

/** The value the server writes into every state's `user` field. */
export type StampedUser = Pick<CollabIdentity, 'userId' | 'name' | 'organisation' | 'colour'>;

const REMOTE = Symbol('remote');
type Owner = { connectionId: string; userId: string } | typeof REMOTE;

/**
 * Decides which awareness entries a connection may write, and stamps its identity into them.
 *
 * Awareness is keyed by `clientID` and y-protocols trusts whoever sends an entry, so without this
 * any client could rename itself, move someone else's caret or remove other people. Rules:
 * - a connection is bound to the first clientID it announces that nobody else holds; entries for
 *   any other clientID from that connection are dropped;
 * - a clientID held by another connection of the same user is taken over (a reconnect whose old
 *   socket the server has not seen close yet), never one held by a different user;
 * - clientIDs that arrived from other instances (`admitRemote`) belong to them until removed;
 * - the `user` field of every admitted state is replaced by the connection's identity.
 */
export class AwarenessGuard {
  private readonly owners = new Map<number, Owner>();
  private readonly bound = new Map<string, number>();

  admitLocal(entries: readonly AwarenessEntry[], connection: ConnectionInfo): AwarenessEntry[] {
    const admitted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (!this.mayWrite(entry.clientID, connection)) continue;
      admitted.push({
        ...entry,
        state: entry.state === null ? null : { ...entry.state, user: stampOf(connection.identity) },
      });
    }
    return admitted;
  }

  /** Entries from another instance: anything but clientIDs held by local connections. */
  admitRemote(entries: readonly AwarenessEntry[]): AwarenessEntry[] {
    const admitted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const owner = this.owners.get(entry.clientID);
      if (owner !== undefined && owner !== REMOTE) continue;
      if (entry.state === null) this.owners.delete(entry.clientID);
      else this.owners.set(entry.clientID, REMOTE);
      admitted.push(entry);
    }
    return admitted;
  }

  /** A connection left: returns the clientID it held, if any, which the caller removes. */
  release(connectionId: string): number | undefined {
    const clientID = this.bound.get(connectionId);
    this.bound.delete(connectionId);
    if (clientID !== undefined) this.owners.delete(clientID);
    return clientID;
  }

  /** States removed by timeout or by their instance stop belonging to that remote instance. */
  forgetRemote(clientIDs: readonly number[]): void {
    for (const clientID of clientIDs) {
      if (this.owners.get(clientID) === REMOTE) this.owners.delete(clientID);
    }
  }

  private mayWrite(clientID: number, connection: ConnectionInfo): boolean {
    const boundTo = this.bound.get(connection.id);
    if (boundTo !== undefined) return boundTo === clientID;
    const owner = this.owners.get(clientID);
    if (owner === REMOTE) return false;
    if (owner !== undefined) {
      if (owner.userId !== connection.identity.userId) return false;
      this.bound.delete(owner.connectionId);
    }
    this.owners.set(clientID, { connectionId: connection.id, userId: connection.identity.userId });
    this.bound.set(connection.id, clientID);
    return true;
  }
}

function stampOf(identity: CollabIdentity): StampedUser {
  return {
    userId: identity.userId,
    name: identity.name,
    organisation: identity.organisation,
    colour: identity.colour,
  };
}
