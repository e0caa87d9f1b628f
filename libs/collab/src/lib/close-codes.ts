/**
 * WebSocket close codes the collaboration server uses. 1xxx are RFC 6455 codes; 44xx mirror
 * HTTP 4xx. The stock y-websocket client treats 4400–4499 as final (it stops reconnecting and
 * emits `closed`), so those are reserved for decisions a reconnect cannot change; everything a
 * retry may fix (overload, shutdown, a failed load) uses a 1xxx code and the client backs off
 * and reconnects on its own.
 */
export const CollabCloseCode = {
  /** Server shutting down; the client reconnects (to another instance, after a deploy). */
  goingAway: 1001,
  /** A message type this server does not accept, or a text frame. */
  unsupportedData: 1003,
  /** A frame that does not decode, or an update Yjs cannot apply. */
  invalidPayload: 1007,
  /** Rate limit, pre-authentication queue overflow, unresolved-update overflow. */
  policyViolation: 1008,
  /** Frame above `maxFrameBytes` (sent by `ws` itself through `maxPayload`). */
  messageTooBig: 1009,
  /** The document could not be loaded, or a hook failed unexpectedly. */
  internalError: 1011,
  /** Too many connections on the document, the client reads too slowly, or loading timed out. */
  tryAgainLater: 1013,
  /** No (valid) credentials, or authentication did not finish in time. */
  unauthenticated: 4401,
  /** Authenticated, but not allowed on this document (also used to revoke access). */
  forbidden: 4403,
  /** No such document, or a name that cannot be one. */
  unknownDocument: 4404,
} as const;

export type CollabCloseCodeValue = (typeof CollabCloseCode)[keyof typeof CollabCloseCode];

/**
 * Thrown by `onAuthenticate` (or `onLoadDocument`) to refuse a connection with a specific close
 * code and a reason the client can show. Any other error closes with 1011 and is logged.
 */
export class CollabRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(`${code} ${reason}`);
    this.name = 'CollabRefusal';
  }
}
