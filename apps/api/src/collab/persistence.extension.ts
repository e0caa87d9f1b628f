import { Logger } from '@nestjs/common';
import type {
  ChangePayload,
  CollabExtension,
  DestroyDocumentPayload,
  LoadDocumentPayload,
  StoreDocumentPayload,
} from '@ketenlab/collab';
import * as Y from 'yjs';
import type { DocumentStore } from './document-store';
import type { UpdateLog } from './update-log';

/** Past this many updates after the snapshot, a store folds the log into a new snapshot. */
export const COMPACT_AFTER_UPDATES = 200;

/**
 * Every update a client of this instance makes goes into the update log (group-committed within
 * a few milliseconds) without waiting for the write: broadcast and fan-out go on at once, and a
 * document takes as many updates a second as the log can write, not one per commit.
 *
 * Updates from other instances are theirs to log. They may publish before they store, so an
 * instance that dies in between would leave its last updates only in other instances' memory;
 * each store therefore also logs what arrived from others since the previous store, merged into
 * one update (Yjs applies a duplicate as a no-op; compaction folds it away).
 *
 * A store resolves only once the document's log entries are written, so the room stays dirty,
 * in memory and retried (StoreScheduler) while the database is away. Loading applies the
 * snapshot and the tail. A failed load throws, so the server never serves an empty document
 * that could later be taken for the stored one.
 */
export class PersistenceExtension implements CollabExtension {
  readonly name = 'persistence';
  private readonly logger = new Logger(PersistenceExtension.name);
  /** Updates other instances accepted since this instance's last store, per document. */
  private readonly fromOthers = new Map<string, Uint8Array[]>();

  constructor(
    private readonly store: DocumentStore,
    private readonly log: UpdateLog,
  ) {}

  async onLoadDocument({ documentName, doc }: LoadDocumentPayload): Promise<void> {
    const stored = await this.store.load(documentName);
    // Applying one merged transaction is far cheaper than a transaction per update.
    Y.transact(doc, () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
  }

  onChange({ documentName, update, origin }: ChangePayload): void {
    if (origin !== 'remote') {
      this.log.enqueue(documentName, update);
      return;
    }
    const received = this.fromOthers.get(documentName);
    if (received) received.push(update);
    else this.fromOthers.set(documentName, [update]);
  }

  /** Compaction works from the database alone, never from memory (see DocumentStore.compact). */
  async onStoreDocument({ documentName }: StoreDocumentPayload): Promise<void> {
    const received = this.fromOthers.get(documentName);
    if (received) {
      this.fromOthers.delete(documentName);
      this.log.enqueue(documentName, Y.mergeUpdates(received));
    }
    await this.log.whenStored(documentName);
    if ((await this.store.tailLength(documentName)) < COMPACT_AFTER_UPDATES) return;
    const stored = await this.store.load(documentName);
    const doc = new Y.Doc();
    Y.transact(doc, () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    await this.store.compact(documentName, Y.encodeStateAsUpdate(doc), stored.lastUpdateId);
    this.logger.debug(`Compacted ${documentName} up to update ${stored.lastUpdateId}`);
    doc.destroy();
  }

  onDestroyDocument({ documentName }: DestroyDocumentPayload): void {
    this.fromOthers.delete(documentName);
  }
}
