import * as Y from 'yjs';
import { describeError } from '../describe-error';
import { inspectUpdate } from '../protocol/update-inspection';
import { Room, type RoomDeps } from './room';
import { REMOTE_ORIGIN } from './room-member';

/** A claim on a loaded room; the room is unloaded only when no lease is left. */
export interface RoomLease {
  readonly room: Room;
  /** Idempotent. */
  release(): void;
}

interface Entry {
  readonly name: string;
  /** Before the load finished remote updates go straight into this doc (see applyRemoteUpdate). */
  readonly doc: Y.Doc;
  loading: Promise<Room>;
  room: Room | null;
  /** Leases, counted from the moment a connection asks, so a load in flight is never orphaned. */
  refs: number;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * The rooms of one server (never module-global: two servers in a process share nothing).
 *
 * - Load once: connections to a document that is loading wait on the same promise.
 * - Never serve a document whose load failed: if `onLoadDocument` throws, the entry is dropped,
 *   every waiting connection is refused, nothing is stored (an empty document written back would
 *   overwrite the real one), and the next connection tries a fresh load.
 * - Unload after `idleUnloadMs` without leases, after the hook queues drained and a final store
 *   succeeded. A connection that arrives during that final store waits for it and then loads
 *   what was stored. If the final store fails, the room stays (its store keeps retrying) and
 *   unloading is tried again after the next successful store.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly unloading = new Map<string, Promise<void>>();
  /** Set by unloadAll: from then on nothing is scheduled any more. */
  private closed = false;

  constructor(private readonly deps: RoomDeps) {}

  async open(name: string): Promise<RoomLease> {
    if (this.closed) throw new Error('the collaboration server is shutting down');
    for (let pending = this.unloading.get(name); pending; pending = this.unloading.get(name)) {
      await pending;
    }
    const entry = this.entries.get(name) ?? this.createEntry(name);
    entry.refs++;
    this.clearIdle(entry);
    let room: Room;
    try {
      room = await entry.loading;
    } catch (error) {
      entry.refs--;
      throw error;
    }
    let released = false;
    return {
      room,
      release: () => {
        if (released) return;
        released = true;
        entry.refs--;
        if (entry.refs === 0) this.scheduleIdle(entry);
      },
    };
  }

  /** A loaded room, or undefined (not loaded, still loading, or unloading). */
  get(name: string): Room | undefined {
    return this.entries.get(name)?.room ?? undefined;
  }

  rooms(): Room[] {
    return [...this.entries.values()].flatMap((entry) => (entry.room ? [entry.room] : []));
  }

  /**
   * An update accepted by another instance. A room still loading takes it into its document
   * directly: no member or hook exists yet, and the update merges with the stored state in any
   * order. Returns false when this instance does not hold the document.
   */
  applyRemoteUpdate(name: string, update: Uint8Array): boolean {
    const entry = this.entries.get(name);
    if (!entry) return false;
    if (entry.room) {
      entry.room.applyRemoteUpdate(update);
    } else if (!inspectUpdate(update).empty) {
      Y.applyUpdate(entry.doc, update, REMOTE_ORIGIN);
    }
    return true;
  }

  /** Stores every dirty room now; rejects with every failure once all were tried. */
  async flushAll(): Promise<void> {
    // A room being unloaded is in its final store already; "flushed" includes that one.
    await Promise.allSettled([...this.unloading.values()]);
    const results = await Promise.allSettled(
      this.rooms().map(async (room) => {
        await room.settled();
        await room.store.flush();
      }),
    );
    const failures = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason] : [],
    );
    if (failures.length > 0)
      throw new AggregateError(failures, `${failures.length} document(s) failed to store`);
  }

  /** Shutdown: final store of every room (failures are logged: the process is going away). */
  async unloadAll(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.unloading.values()]);
    const entries = [...this.entries.values()];
    await Promise.allSettled(
      entries.map(async (entry) => {
        await entry.loading.catch(() => undefined);
        await this.unload(entry, true);
      }),
    );
  }

  private createEntry(name: string): Entry {
    const doc = new Y.Doc();
    const entry: Entry = {
      name,
      doc,
      room: null,
      refs: 0,
      idleTimer: null,
      loading: this.deps.hooks.loadDocument({ documentName: name, doc }).then(
        () => this.loaded(entry),
        (error: unknown) => this.loadFailed(entry, error),
      ),
    };
    // Waiters handle a rejection; this keeps one nobody waits for from being "unhandled".
    entry.loading.catch(() => undefined);
    this.entries.set(name, entry);
    return entry;
  }

  private loaded(entry: Entry): Room {
    const room = new Room(entry.name, entry.doc, this.deps);
    room.store.onClean = () => {
      if (entry.refs === 0 && this.entries.get(entry.name) === entry) this.scheduleIdle(entry);
    };
    entry.room = room;
    if (entry.refs === 0) this.scheduleIdle(entry);
    return room;
  }

  private loadFailed(entry: Entry, error: unknown): never {
    this.entries.delete(entry.name);
    entry.doc.destroy();
    this.deps.logger.error('loading the document failed; refusing its connections', {
      documentName: entry.name,
      error: describeError(error),
    });
    throw error;
  }

  private scheduleIdle(entry: Entry): void {
    this.clearIdle(entry);
    if (this.closed) return;
    entry.idleTimer = setTimeout(() => {
      entry.idleTimer = null;
      // Nobody awaits a timer; a rejection here would be an unhandled one (fatal in Node).
      this.unload(entry, false).catch((error: unknown) =>
        this.deps.logger.error('unloading the document failed', {
          documentName: entry.name,
          error: describeError(error),
        }),
      );
    }, this.deps.timings.idleUnloadMs);
  }

  private clearIdle(entry: Entry): void {
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
  }

  private async unload(entry: Entry, shuttingDown: boolean): Promise<void> {
    this.clearIdle(entry);
    const room = entry.room;
    if (!room || (entry.refs > 0 && !shuttingDown) || this.entries.get(entry.name) !== entry)
      return;
    this.entries.delete(entry.name);
    const done = this.finalStore(entry, room, shuttingDown);
    this.unloading.set(entry.name, done);
    try {
      await done;
    } finally {
      this.unloading.delete(entry.name);
    }
  }

  private async finalStore(entry: Entry, room: Room, shuttingDown: boolean): Promise<void> {
    try {
      await room.settled();
      await room.store.flush();
    } catch (error) {
      if (!shuttingDown) {
        // Keep the only up-to-date copy; the store's retry will bring us back here.
        this.entries.set(entry.name, entry);
        return;
      }
      this.deps.logger.error('final store failed during shutdown; unsaved changes are lost', {
        documentName: entry.name,
        error: describeError(error),
      });
    }
    room.destroy();
    await this.deps.hooks.notify('onDestroyDocument', { documentName: entry.name });
  }
}
