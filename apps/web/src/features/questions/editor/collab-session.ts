import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PresenceStore } from './presence-store';

/** What the connection indicator says. */
export type ConnectionState = 'connected' | 'syncing' | 'offline';

/** Why the server closed for good (its 44xx close codes: reconnecting would not help). */
export type Refusal = 'unauthenticated' | 'forbidden' | 'unknown';

export interface CollabSnapshot {
  connection: ConnectionState;
  /** The server has sent its state at least once since the page opened. */
  everSynced: boolean;
  /** This device's copy (IndexedDB) has been read, and it held some of the document. */
  cached: boolean;
  refusal: Refusal | null;
}

const REFUSALS: Record<number, Refusal> = {
  4401: 'unauthenticated',
  4403: 'forbidden',
  4404: 'unknown',
};

/** The collaboration endpoint on this origin: the session cookie goes along, no token needed. */
export function collabServerUrl(): string {
  return `${window.location.origin.replace(/^http/, 'ws')}/collab`;
}

/**
 * One open live document: the Y.Doc, its copy on this device (IndexedDB, so editing goes on
 * offline and survives a reload) and its connection to the server (the stock y-websocket
 * provider). Both feed the same Y.Doc, so what was written offline merges on reconnect.
 *
 * Plain TypeScript with a subscribe/getSnapshot pair for `useSyncExternalStore`: React decides
 * when a session starts and ends (see use-collab-session.ts), not when its state changes.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly presence: PresenceStore;
  private readonly local: IndexeddbPersistence;
  private readonly listeners = new Set<() => void>();
  private status: 'connected' | 'connecting' | 'disconnected' = 'connecting';
  private snapshot: CollabSnapshot = {
    connection: 'syncing',
    everSynced: false,
    cached: false,
    refusal: null,
  };

  constructor(
    readonly documentName: string,
    serverUrl: string = collabServerUrl(),
  ) {
    this.local = new IndexeddbPersistence(documentName, this.doc);
    this.local.on('synced', () => this.update({ cached: this.doc.store.clients.size > 0 }));
    this.provider = new WebsocketProvider(serverUrl, documentName, this.doc, {
      connect: navigator.onLine,
    });
    this.presence = new PresenceStore(this.provider.awareness);
    this.provider.on('status', ({ status }) => {
      this.status = status;
      this.update({});
    });
    this.provider.on('sync', (synced) => this.update(synced ? { everSynced: true } : {}));
    this.provider.on('closed', ({ code }) =>
      this.update({ refusal: REFUSALS[code] ?? 'forbidden' }),
    );
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.update({});
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CollabSnapshot => this.snapshot;

  destroy(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.listeners.clear();
    this.presence.destroy();
    this.provider.destroy();
    // Destroying the doc also closes its IndexedDB persistence (it listens for 'destroy').
    this.doc.destroy();
  }

  /**
   * The browser knows before the socket does: a socket to a vanished network can take up to
   * 30 s to time out, and until then edits would go nowhere while the page says "connected".
   */
  private readonly onOffline = () => {
    this.provider.disconnect();
    this.update({});
  };

  private readonly onOnline = () => {
    if (!this.snapshot.refusal) this.provider.connect();
    this.update({});
  };

  private update(change: Partial<CollabSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    next.connection = this.connectionOf(next.refusal);
    const current = this.snapshot;
    if (
      next.connection === current.connection &&
      next.everSynced === current.everSynced &&
      next.cached === current.cached &&
      next.refusal === current.refusal
    ) {
      return;
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private connectionOf(refusal: Refusal | null): ConnectionState {
    if (refusal || !navigator.onLine || !this.provider.shouldConnect) return 'offline';
    if (this.status === 'connected') return this.provider.synced ? 'connected' : 'syncing';
    // Reconnecting after a lost connection is being offline until it succeeds; the first
    // attempt after opening the page is part of getting in sync.
    if (this.status === 'connecting' && this.provider.wsUnsuccessfulReconnects === 0)
      return 'syncing';
    return 'offline';
  }
}
