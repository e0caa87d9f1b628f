import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type * as Y from 'yjs';
import { CollabCloseCode } from '../close-codes';
import type { ConnectionInfo } from '../connection-info';
import type { CollabExtension, CollabServerHandle } from '../extension';
import {
  DEFAULT_LIMITS,
  DEFAULT_TIMINGS,
  resolveSettings,
  type CollabLimits,
  type CollabTimings,
} from '../limits';
import { describeError } from '../describe-error';
import { consoleLogger, type CollabLogger } from '../logger';
import { AuthenticationGate } from './authentication-gate';
import { ClientConnection } from './client-connection';
import { ExtensionHooks } from './extension-hooks';
import { Keepalive } from './keepalive';
import { RoomRegistry } from './room-registry';

/** How long destroy() waits for clients to answer the close handshake. */
const SHUTDOWN_CLOSE_WAIT_MS = 1_000;

export interface CollabServerOptions {
  extensions: CollabExtension[];
  limits?: Partial<CollabLimits>;
  timings?: Partial<CollabTimings>;
  logger?: CollabLogger;
}

/** A loaded document as `documents()` reports it. */
export interface CollabDocumentInfo {
  name: string;
  connections: ConnectionInfo[];
  /** Changed since the last successful store. */
  unsaved: boolean;
}

/**
 * The y-websocket protocol server: one per app instance. The host owns the HTTP server and
 * routes upgrades for `/collab/<name>` to `handleUpgrade`; everything else (who may connect,
 * where documents live, how instances talk) comes from extensions.
 */
export class CollabServer implements CollabServerHandle {
  readonly limits: CollabLimits;
  readonly timings: CollabTimings;
  private readonly logger: CollabLogger;
  private readonly hooks: ExtensionHooks;
  private readonly registry: RoomRegistry;
  private readonly keepalive: Keepalive;
  private readonly gate: AuthenticationGate;
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<ClientConnection>();
  private readonly sockets = new Set<WebSocket>();
  private destroyed = false;

  constructor(options: CollabServerOptions) {
    this.limits = resolveSettings(DEFAULT_LIMITS, options.limits);
    this.timings = resolveSettings(DEFAULT_TIMINGS, options.timings);
    this.logger = options.logger ?? consoleLogger;
    this.hooks = new ExtensionHooks([...options.extensions], this.logger);
    this.registry = new RoomRegistry({
      hooks: this.hooks,
      limits: this.limits,
      timings: this.timings,
      logger: this.logger,
    });
    this.keepalive = new Keepalive(this.timings.keepaliveMs);
    this.gate = new AuthenticationGate(this.limits.maxConcurrentAuthentications);
    // noServer: the host routes upgrades. maxPayload makes `ws` refuse oversized frames with 1009
    // before buffering them. No permessage-deflate: a zlib context per socket and inflate work per
    // frame buy little for the small binary updates that make up live editing.
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      maxPayload: this.limits.maxFrameBytes,
      perMessageDeflate: false,
    });
    this.hooks.attach({ server: this });
  }

  /**
   * Takes over an HTTP upgrade for `documentName` (see `documentNameFromUrl`). Names that cannot
   * be documents, full documents and a destroyed server are refused after the upgrade, with a
   * close code the stock client understands, rather than with an HTTP status it cannot see.
   */
  handleUpgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    documentName: string,
  ): void {
    if (this.destroyed) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, request, documentName));
  }

  /** Closes every authenticated connection the filter selects (revocation); returns the count. */
  closeConnections(
    filter: (connection: ConnectionInfo) => boolean,
    code: number,
    reason: string,
  ): number {
    let closed = 0;
    for (const connection of [...this.connections]) {
      // Only authenticated connections (loading or joined) have an identity to filter on.
      const info = connection.authenticatedInfo;
      if (info && filter(info)) {
        connection.close(code, reason);
        closed++;
      }
    }
    return closed;
  }

  documents(): CollabDocumentInfo[] {
    return this.registry.rooms().map((room) => ({
      name: room.name,
      connections: room.connections(),
      unsaved: room.store.isDirty,
    }));
  }

  /**
   * The live document, for reading (mirrors, exports) or for server-side edits, which are
   * broadcast, reported to `onChange` with origin 'server' and stored like any other change.
   */
  getDocument(name: string): Y.Doc | undefined {
    return this.registry.get(name)?.doc;
  }

  /**
   * For fan-out extensions: applies an update another instance accepted and broadcasts it to
   * this instance's connections. `onChange` sees origin 'remote' (so it is not published again)
   * and the document is stored like after any change (harmless: stores are idempotent state
   * snapshots, and the instance that accepted it may die before storing). Returns false when
   * the document is not held here (then there is nobody to tell; it will be loaded from storage)
   * or the update is invalid.
   */
  applyRemoteUpdate(documentName: string, update: Uint8Array): boolean {
    try {
      return this.registry.applyRemoteUpdate(documentName, update);
    } catch (error) {
      this.logger.error('remote update refused', { documentName, error: describeError(error) });
      return false;
    }
  }

  /**
   * For fan-out extensions: applies an awareness update another instance already stamped and
   * broadcasts it (coalesced) here. Entries for clientIDs held by local connections are ignored;
   * `onAwarenessUpdate` sees origin 'remote'. Returns false when the document is not loaded here
   * or the update does not decode.
   */
  applyRemoteAwareness(documentName: string, update: Uint8Array): boolean {
    const room = this.registry.get(documentName);
    if (!room) return false;
    try {
      room.awareness.applyRemote(update);
      return true;
    } catch (error) {
      this.logger.error('remote awareness update refused', {
        documentName,
        error: describeError(error),
      });
      return false;
    }
  }

  /** Stores every changed document now (e.g. before a planned restart). Rejects on failures. */
  flushAll(): Promise<void> {
    return this.registry.flushAll();
  }

  /** Closes every socket (1001, clients reconnect elsewhere), stores and unloads every room. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    this.keepalive.stop();
    // Closing a connection leaves its room at once (no waiting for the close handshake), so the
    // final stores below see every room without members.
    for (const connection of [...this.connections]) {
      connection.close(CollabCloseCode.goingAway, 'server shutting down');
    }
    await this.registry.unloadAll();
    this.wss.close();
    await this.closeHandshakes(SHUTDOWN_CLOSE_WAIT_MS);
  }

  /** Gives clients a moment to complete the close handshake, then cuts off who did not. */
  private async closeHandshakes(waitMs: number): Promise<void> {
    const open = [...this.sockets];
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(open.map((ws) => new Promise((resolve) => ws.once('close', resolve)))),
      new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
    ]);
    clearTimeout(timer);
    for (const ws of this.sockets) ws.terminate();
  }

  private accept(ws: WebSocket, request: IncomingMessage, documentName: string): void {
    this.sockets.add(ws);
    ws.once('close', () => this.sockets.delete(ws));
    const refusal = this.refusalFor(documentName);
    if (refusal) {
      ws.on('error', () => undefined);
      ws.close(refusal.code, refusal.reason);
      return;
    }
    const connection = new ClientConnection(ws, request, documentName, {
      hooks: this.hooks,
      gate: this.gate,
      registry: this.registry,
      keepalive: this.keepalive,
      limits: this.limits,
      timings: this.timings,
      logger: this.logger,
      onClosed: (c) => this.connections.delete(c),
    });
    this.connections.add(connection);
    void connection.start();
  }

  private refusalFor(documentName: string): { code: number; reason: string } | null {
    if (this.destroyed) return { code: CollabCloseCode.goingAway, reason: 'server shutting down' };
    if (documentName.length === 0 || documentName.length > this.limits.maxDocumentNameLength) {
      return { code: CollabCloseCode.unknownDocument, reason: 'invalid document name' };
    }
    // Cheap early refusal; the room re-checks when the connection actually joins.
    const room = this.registry.get(documentName);
    if (room && room.memberCount >= this.limits.maxConnectionsPerDocument) {
      return {
        code: CollabCloseCode.tryAgainLater,
        reason: 'too many connections to this document',
      };
    }
    return null;
  }
}
