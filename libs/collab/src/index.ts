/**
 * @ketenlab/collab — the collaboration core: a y-websocket protocol server (y-protocols sync and
 * awareness over `ws`) with rooms, limits and typed extension hooks. No framework: the API mounts
 * it through a thin adapter that routes `/collab/<document>` upgrades to `handleUpgrade`.
 */
export {
  CollabServer,
  type CollabServerOptions,
  type CollabDocumentInfo,
} from './lib/server/collab-server';
export { CollabCloseCode, CollabRefusal, type CollabCloseCodeValue } from './lib/close-codes';
export type { CollabIdentity, ConnectionInfo, ChangeOrigin } from './lib/connection-info';
export type {
  CollabExtension,
  CollabServerHandle,
  AttachPayload,
  AuthenticatePayload,
  AuthenticationResult,
  LoadDocumentPayload,
  ChangePayload,
  StoreDocumentPayload,
  AwarenessUpdatePayload,
  DisconnectPayload,
  DestroyDocumentPayload,
} from './lib/extension';
export {
  DEFAULT_LIMITS,
  DEFAULT_TIMINGS,
  type CollabLimits,
  type CollabTimings,
} from './lib/limits';
export { consoleLogger, silentLogger, type CollabLogger } from './lib/logger';
export { documentNameFromUrl, paramsFromUrl } from './lib/document-name-from-url';
export {
  decodeMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  encodeAwareness,
  encodeQueryAwareness,
  encodePermissionDenied,
  MessageType,
  SyncType,
  AuthType,
  type CollabMessage,
  type CollabMessageKind,
} from './lib/protocol/message.codec';
export {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  type AwarenessEntry,
  type AwarenessState,
} from './lib/protocol/awareness-update.codec';
export { ProtocolError } from './lib/protocol/protocol-error';
