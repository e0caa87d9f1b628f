import { Inject, Injectable } from '@nestjs/common';
import { CollabCloseCode } from '@ketenlab/collab';
import * as Y from 'yjs';
import { LiveDocuments } from '../questions/live-documents';
import type { CollabRuntime } from './collab-server.factory';
import { COLLAB_RUNTIME } from './collab.tokens';
import { DocumentStore } from './document-store';
import { UpdateLog } from './update-log';

/**
 * LiveDocuments over this instance's CollabServer: an open document is read and changed in
 * memory (the server stores, broadcasts and fans out the change); a closed one through the store,
 * with the change published for instances that have it open.
 */
@Injectable()
export class CollabLiveDocuments extends LiveDocuments {
  constructor(
    @Inject(COLLAB_RUNTIME) private readonly runtime: CollabRuntime,
    private readonly store: DocumentStore,
    private readonly log: UpdateLog,
  ) {
    super();
  }

  async read(documentName: string): Promise<Y.Doc> {
    const copy = new Y.Doc();
    const live = this.runtime.server.getDocument(documentName);
    if (live) {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
      return copy;
    }
    await this.log.flush();
    const stored = await this.store.load(documentName);
    Y.transact(copy, () => {
      if (stored.snapshot) Y.applyUpdate(copy, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(copy, update);
    });
    return copy;
  }

  async change(documentName: string, change: (doc: Y.Doc) => void): Promise<void> {
    const live = this.runtime.server.getDocument(documentName);
    if (live) {
      change(live);
      return;
    }
    const doc = await this.read(documentName);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    change(doc);
    const update = Y.mergeUpdates(updates);
    await this.log.append(documentName, update);
    await this.runtime.fanout.publishUpdate(documentName, update);
  }

  async discard(documentName: string): Promise<void> {
    this.runtime.server.closeConnections(
      (c) => c.documentName === documentName,
      CollabCloseCode.unknownDocument,
      'document deleted',
    );
    await this.log.flush();
    await this.store.remove(documentName);
  }
}
