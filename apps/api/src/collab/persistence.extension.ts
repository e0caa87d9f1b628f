import { Logger } from '@nestjs/common';
import type {
  ChangePayload,
  CollabExtension,
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
 * a few milliseconds); updates from other instances are theirs to store. Loading applies the
 * snapshot and the tail. A failed load throws, so the server never serves an empty document
 * that could later be taken for the stored one.
 */
export class PersistenceExtension implements CollabExtension {
  readonly name = 'persistence';
  private readonly logger = new Logger(PersistenceExtension.name);

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

  onChange({ documentName, update, origin }: ChangePayload): Promise<void> | void {
    if (origin === 'remote') return;
    return this.log.append(documentName, update);
  }

  /** Compaction works from the database alone, never from memory (see DocumentStore.compact). */
  async onStoreDocument({ documentName }: StoreDocumentPayload): Promise<void> {
    await this.log.flush();
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
}
