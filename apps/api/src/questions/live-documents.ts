import type * as Y from 'yjs';

/**
 * What the questions domain needs from the live-document machinery, without knowing about
 * sockets, rooms or Redis. The collaboration module provides it.
 */
export abstract class LiveDocuments {
  /** The document as it stands now, including edits this instance has not stored yet. */
  abstract read(documentName: string): Promise<Y.Doc>;

  /**
   * Makes a change on the server as if an editor had typed it: stored, sent to every connected
   * editor on every instance, and part of the history like any other change.
   */
  abstract change(documentName: string, change: (doc: Y.Doc) => void): Promise<void>;

  /** Disconnects every editor and deletes the stored document (its question was deleted). */
  abstract discard(documentName: string): Promise<void>;
}
