/** Who is behind a connection, as decided by `onAuthenticate`; stamped into awareness. */
export interface CollabIdentity {
  userId: string;
  name: string;
  organisation: string;
  /** A CSS colour for carets and avatars. */
  colour: string;
}

/** A connection that passed authentication, as hooks, filters and inspection see it. */
export interface ConnectionInfo {
  /** Unique per connection (not per user): a user with two tabs has two. */
  readonly id: string;
  readonly documentName: string;
  readonly identity: Readonly<CollabIdentity>;
  /** Observers: the server answers their sync requests but never applies their updates. */
  readonly readOnly: boolean;
  /** Epoch milliseconds. */
  readonly connectedAt: number;
}

/**
 * Where an accepted document or awareness change came from:
 * - a `ConnectionInfo`: a client of this instance;
 * - `'remote'`: injected through `applyRemoteUpdate`/`applyRemoteAwareness`, i.e. another
 *   instance already has it (a fan-out extension must not publish it again);
 * - `'server'`: written into the live `Y.Doc` by the host itself (e.g. restoring a version);
 *   it is new to every other instance, so fan-out publishes it like a client change.
 */
export type ChangeOrigin = ConnectionInfo | 'remote' | 'server';
