import * as Y from 'yjs';
import type {
  ChangePayload,
  CollabExtension,
  LoadDocumentPayload,
  StoreDocumentPayload,
} from '../lib/extension';

/**
 * Persistence in a Map, for tests: snapshots (document name → encoded state) written by
 * `onStoreDocument`, an update log appended by `onChange`, and counters that let tests see
 * loads, stores and whether two stores of one document ever overlapped.
 */
export class MemoryPersistence implements CollabExtension {
  readonly name = 'memory-persistence';
  readonly states = new Map<string, Uint8Array>();
  readonly log = new Map<string, Uint8Array[]>();
  loads = 0;
  stores = 0;
  private readonly activeStores = new Map<string, number>();
  maxConcurrentStoresPerDocument = 0;
  /** Makes each store take this long, so that overlaps would show. */
  storeDelayMs = 0;

  async onLoadDocument({ documentName, doc }: LoadDocumentPayload): Promise<void> {
    this.loads++;
    const state = this.states.get(documentName);
    if (state) Y.applyUpdate(doc, state);
  }

  onChange({ documentName, update, origin }: ChangePayload): void {
    // Another instance logged a remote update already.
    if (origin === 'remote') return;
    const log = this.log.get(documentName) ?? [];
    log.push(update);
    this.log.set(documentName, log);
  }

  async onStoreDocument({ documentName, doc }: StoreDocumentPayload): Promise<void> {
    // Encode first: the document keeps changing while the store is in flight.
    const state = Y.encodeStateAsUpdate(doc);
    const active = (this.activeStores.get(documentName) ?? 0) + 1;
    this.activeStores.set(documentName, active);
    this.maxConcurrentStoresPerDocument = Math.max(this.maxConcurrentStoresPerDocument, active);
    try {
      if (this.storeDelayMs > 0)
        await new Promise((resolve) => setTimeout(resolve, this.storeDelayMs));
      this.states.set(documentName, state);
      this.stores++;
    } finally {
      this.activeStores.set(documentName, (this.activeStores.get(documentName) ?? 1) - 1);
    }
  }

  /** The stored snapshot as a fresh document (empty if nothing was stored). */
  storedDoc(documentName: string): Y.Doc {
    const doc = new Y.Doc();
    const state = this.states.get(documentName);
    if (state) Y.applyUpdate(doc, state);
    return doc;
  }

  /** The update log replayed into a fresh document. */
  loggedDoc(documentName: string): Y.Doc {
    const doc = new Y.Doc();
    for (const update of this.log.get(documentName) ?? []) Y.applyUpdate(doc, update);
    return doc;
  }
}
