const MiB = 1024 * 1024;

/**
 * Bounds on what one connection may cost the process. Every value is per server instance and
 * configurable; the defaults suit a rich-text document edited by a few dozen people.
 */
export interface CollabLimits {
  /** Largest accepted WebSocket frame; `ws` closes with 1009 above it (`maxPayload`). */
  maxFrameBytes: number;
  /** Sustained messages per second per connection (token bucket, one second of burst). */
  messagesPerSecond: number;
  /**
   * Sustained bytes per second per connection (token bucket holding one second, but at least one
   * maximal frame, so a large initial sync still passes). Yjs needs roughly 0.2–0.7 s of CPU to
   * integrate a MiB of updates, so this is also a CPU bound per connection.
   */
  bytesPerSecond: number;
  /**
   * Requests that make the server send everything it has (sync step 1 → the whole document as
   * step 2; query-awareness → every presence entry), per connection and minute, with a burst of
   * a sixth of it. A client needs one per connection; unbounded they turn a few bytes in into
   * the whole document out, and its encoding into CPU time.
   */
  stateRequestsPerMinute: number;
  /** Connections on one document; the next one is closed with 1013. */
  maxConnectionsPerDocument: number;
  /**
   * `onAuthenticate` calls running at once (at least 1); further connections wait their turn in
   * arrival order. Each call is a few database round trips: unbounded, a reconnect storm starts
   * them all together and none finishes within the authentication time-out.
   */
  maxConcurrentAuthentications: number;
  /** Messages held while a connection authenticates and its document loads. */
  preAuthMaxMessages: number;
  /** Bytes held while a connection authenticates and its document loads. */
  preAuthMaxBytes: number;
  /** Longest accepted document name (in UTF-16 code units). */
  maxDocumentNameLength: number;
  /**
   * Bytes of updates Yjs may hold back for missing dependencies ("pending structs"). A client can
   * send updates that never become applicable; Yjs re-merges them on every later update, so
   * unbounded they cost every writer of the room CPU time.
   */
  maxPendingUpdateBytes: number;
  /**
   * Largest awareness update a client may send (it carries one client's state: a name and a
   * cursor need a few hundred bytes). The server relays every state to every member and to each
   * newcomer, so this bounds what one client can make the room send.
   */
  maxAwarenessBytes: number;
  /** Bytes queued towards a client that reads too slowly before it is closed with 1013. */
  maxSendBufferBytes: number;
  /**
   * How deeply shared types may nest (see type-depth-guard.ts: Yjs's cost for changing nested
   * types grows with the square of the depth). Rich text needs a handful of levels.
   */
  maxTypeDepth: number;
}

/** Delays and intervals. Tests shorten them; production keeps the defaults. */
export interface CollabTimings {
  /** Longest wait for an authentication slot (see maxConcurrentAuthentications); then 1013. */
  authQueueTimeoutMs: number;
  /** From the connection's turn to authenticate to an accepted `onAuthenticate`; then 4401. */
  authTimeoutMs: number;
  /** From accepted authentication to a loaded document; then 1013 (the load keeps going). */
  loadTimeoutMs: number;
  /** How long an unused document stays in memory after its last connection left. */
  idleUnloadMs: number;
  /** Quiet time after the last change before `onStoreDocument` runs. */
  storeDebounceMs: number;
  /** Longest a changed document waits for `onStoreDocument` while edits keep coming. */
  storeMaxDebounceMs: number;
  /** First retry delay after a failed store; doubles per failure up to `storeRetryMaxMs`. */
  storeRetryInitialMs: number;
  storeRetryMaxMs: number;
  /** A room sends at most one awareness message per interval, merging what changed. */
  awarenessBroadcastMs: number;
  /** Ping interval; a socket that has not answered the previous ping is terminated. */
  keepaliveMs: number;
}

export const DEFAULT_LIMITS: CollabLimits = {
  maxFrameBytes: 2 * MiB,
  messagesPerSecond: 200,
  bytesPerSecond: 1 * MiB,
  stateRequestsPerMinute: 60,
  maxConnectionsPerDocument: 200,
  maxConcurrentAuthentications: 16,
  preAuthMaxMessages: 20,
  preAuthMaxBytes: 1 * MiB,
  maxDocumentNameLength: 128,
  maxPendingUpdateBytes: 2 * MiB,
  maxAwarenessBytes: 16 * 1024,
  maxSendBufferBytes: 16 * MiB,
  maxTypeDepth: 64,
};

export const DEFAULT_TIMINGS: CollabTimings = {
  authQueueTimeoutMs: 60_000,
  authTimeoutMs: 10_000,
  loadTimeoutMs: 30_000,
  idleUnloadMs: 30_000,
  storeDebounceMs: 2_000,
  storeMaxDebounceMs: 10_000,
  storeRetryInitialMs: 1_000,
  storeRetryMaxMs: 60_000,
  awarenessBroadcastMs: 50,
  keepaliveMs: 30_000,
};

/** Merges overrides over the defaults and refuses values that would disable a bound. */
export function resolveSettings<T extends object>(defaults: T, overrides: Partial<T> = {}): T {
  const merged = { ...defaults, ...overrides };
  for (const [key, value] of Object.entries(merged)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`Collaboration setting ${key} must be a finite number >= 0, got ${value}`);
    }
  }
  return merged;
}
