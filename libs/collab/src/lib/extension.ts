import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import type { ChangeOrigin, CollabIdentity, ConnectionInfo } from './connection-info';

export interface AuthenticationResult {
  identity: CollabIdentity;
  readOnly: boolean;
}

export interface AuthenticatePayload {
  request: IncomingMessage;
  documentName: string;
  /** The upgrade URL's query, where the stock client puts `params` (e.g. a token). */
  params: URLSearchParams;
  /** What earlier extensions returned, or null if none has accepted yet. */
  authenticated: AuthenticationResult | null;
}

export interface LoadDocumentPayload {
  documentName: string;
  /** A fresh document: apply the stored state into it. Nobody sees it before every hook ran. */
  doc: Y.Doc;
}

export interface ChangePayload {
  documentName: string;
  /** The Yjs v1 update as applied (the effective diff, never a no-op). */
  update: Uint8Array;
  origin: ChangeOrigin;
}

export interface StoreDocumentPayload {
  documentName: string;
  /**
   * The live document. Encode it before the first `await`: it keeps changing while you wait,
   * and a later store will follow for those changes anyway.
   */
  doc: Y.Doc;
}

export interface AwarenessUpdatePayload {
  documentName: string;
  /** An encoded awareness update (y-protocols format), identity already stamped. */
  update: Uint8Array;
  origin: ConnectionInfo | 'remote';
}

export interface DisconnectPayload {
  documentName: string;
  connection: ConnectionInfo;
}

export interface DestroyDocumentPayload {
  documentName: string;
}

/** The part of the server an extension may drive, handed over by `onAttach`. */
export interface CollabServerHandle {
  /** Apply an update another instance accepted; see `CollabServer.applyRemoteUpdate`. */
  applyRemoteUpdate(documentName: string, update: Uint8Array): boolean;
  /** Apply an awareness update another instance stamped; see `CollabServer.applyRemoteAwareness`. */
  applyRemoteAwareness(documentName: string, update: Uint8Array): boolean;
  /** Close local connections that match; returns how many were closed. */
  closeConnections(
    filter: (connection: ConnectionInfo) => boolean,
    code: number,
    reason: string,
  ): number;
}

export interface AttachPayload {
  server: CollabServerHandle;
}

/**
 * One concern of the collaboration server (authentication, persistence, fan-out, logging…) as a
 * small object. Every hook is optional; for each hook the server calls the extensions in the
 * order they were given.
 *
 * Failure semantics differ on purpose:
 * - `onAuthenticate`: throw `CollabRefusal` to refuse with a code; the first throw wins. If no
 *   extension returns a result the connection is refused (4401): deny by default.
 * - `onLoadDocument`, `onStoreDocument`: the first throw aborts (no room; store retried).
 * - the notification hooks (`onChange`, `onAwarenessUpdate`, `onDisconnect`,
 *   `onDestroyDocument`): a throw is logged and the remaining extensions still run.
 */
export interface CollabExtension {
  /** Used in logs. */
  readonly name?: string;
  /** Called once, synchronously, when the server is constructed. */
  onAttach?(payload: AttachPayload): void;
  /** Return a result to accept (a later extension may replace it); return nothing to abstain. */
  onAuthenticate?(payload: AuthenticatePayload): Promise<AuthenticationResult | void>;
  onLoadDocument?(payload: LoadDocumentPayload): Promise<void>;
  /** Called in order, one at a time per document, for every accepted update. */
  onChange?(payload: ChangePayload): Promise<void> | void;
  /** Debounced, never concurrent for one document, retried while it fails. */
  onStoreDocument?(payload: StoreDocumentPayload): Promise<void>;
  onAwarenessUpdate?(payload: AwarenessUpdatePayload): Promise<void> | void;
  onDisconnect?(payload: DisconnectPayload): Promise<void> | void;
  /** The room was unloaded after its final store. */
  onDestroyDocument?(payload: DestroyDocumentPayload): Promise<void> | void;
}
