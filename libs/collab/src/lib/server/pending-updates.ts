import type * as Y from 'yjs';

/**
 * Bytes Yjs is holding back for missing dependencies. Yjs keeps an update whose predecessors it
 * has not seen as "pending" and re-merges (structs) or re-applies (deletions) that backlog on
 * later updates, so a client that sends updates which can never become applicable makes every
 * later update of the room slower. Legitimate pending data is transient and small (a live
 * update that overtook the client's own sync-step-2), hence a bound.
 */
export function pendingUpdateBytes(doc: Y.Doc): number {
  return (
    (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0)
  );
}

/**
 * Drops the backlog. Safe for convergence: pending structs are not in the document's state
 * vector, so every client that really has them sends them again on its next sync.
 */
export function dropPendingUpdates(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}
