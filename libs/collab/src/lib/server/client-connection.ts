import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket, type RawData } from 'ws';
import { CollabCloseCode, CollabRefusal } from '../close-codes';
import type { ConnectionInfo } from '../connection-info';
import { paramsFromUrl } from '../document-name-from-url';
import type { CollabLimits, CollabTimings } from '../limits';
import { describeError } from '../describe-error';
import type { CollabLogger } from '../logger';
import { decodeMessage } from '../protocol/message.codec';
import { ProtocolError, policyViolation } from '../protocol/protocol-error';
import type { AuthenticationGate } from './authentication-gate';
import type { ExtensionHooks } from './extension-hooks';
import type { Keepalive } from './keepalive';
import { handleMessage } from './message-handler';
import { PreAuthQueue } from './pre-auth-queue';
import type { Room } from './room';
import type { RoomMember } from './room-member';
import type { RoomLease, RoomRegistry } from './room-registry';
import { InboundRateLimit } from './inbound-rate-limit';
import { copyFrame, truncateReason } from './socket-frames';

export interface ConnectionDeps {
  hooks: ExtensionHooks;
  /** Bounds the authentications in flight across the server's connections. */
  gate: AuthenticationGate;
  registry: RoomRegistry;
  keepalive: Keepalive;
  limits: CollabLimits;
  timings: CollabTimings;
  logger: CollabLogger;
  /** Lets the server forget the connection. */
  onClosed(connection: ClientConnection): void;
}

type State = 'queued' | 'authenticating' | 'loading' | 'open' | 'closed';

/**
 * One socket from upgrade to close: authenticate, load, join, then relay frames to the room.
 *
 * Nothing of the document leaves before `onAuthenticate` and `onLoadDocument` have succeeded:
 * frames that arrive earlier wait in a bounded queue and are processed, in order, after the
 * server's own greeting. Every frame, early or not, is charged to the rate limits first.
 */
export class ClientConnection implements RoomMember {
  private state: State = 'queued';
  private connectionInfo: ConnectionInfo | null = null;
  private lease: RoomLease | null = null;
  private deadline: NodeJS.Timeout | null = null;
  private leaveGateQueue: (() => void) | null = null;
  private readonly queue: PreAuthQueue;
  private readonly rateLimit: InboundRateLimit;

  constructor(
    private readonly socket: WebSocket,
    private readonly request: IncomingMessage,
    readonly documentName: string,
    private readonly deps: ConnectionDeps,
  ) {
    const { limits } = deps;
    this.queue = new PreAuthQueue(limits.preAuthMaxMessages, limits.preAuthMaxBytes);
    this.rateLimit = new InboundRateLimit(limits);
    // `ws` reports protocol errors (oversized frame → 1009, bad opcode…) as 'error' and then
    // closes the socket itself; without a listener the error would crash the process.
    socket.on('error', (error) =>
      this.deps.logger.debug('socket error', this.logContext({ error: error.message })),
    );
    socket.on('close', () => this.finish());
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    deps.keepalive.track(socket);
  }

  /** Set once authenticated; a member of a room always has it. */
  get info(): ConnectionInfo {
    if (!this.connectionInfo) throw new Error('connection is not authenticated');
    return this.connectionInfo;
  }

  get authenticatedInfo(): ConnectionInfo | null {
    return this.connectionInfo;
  }

  async start(): Promise<void> {
    // The authentication time-out starts when the connection's turn comes; waiting for a turn
    // has its own, longer bound. A socket that closes while waiting leaves the queue (finish),
    // so it never reaches onAuthenticate.
    const ticket = this.deps.gate.enter();
    this.leaveGateQueue = ticket.cancel;
    this.setDeadline(this.deps.timings.authQueueTimeoutMs);
    const release = await ticket.admitted;
    this.leaveGateQueue = null;
    if (this.state !== 'queued') {
      release();
      return;
    }
    this.state = 'authenticating';
    this.setDeadline(this.deps.timings.authTimeoutMs);
    try {
      // The slot is held until the hook settles, even when the socket gave up meanwhile: the
      // cap bounds the look-up work actually running, not the sockets waiting for it.
      const { identity, readOnly } = await this.deps.hooks
        .authenticate({
          request: this.request,
          documentName: this.documentName,
          params: paramsFromUrl(this.request.url),
        })
        .finally(release);
      // The socket may have closed while the hook ran (TypeScript cannot see that across await).
      if (this.isClosed()) return;
      this.connectionInfo = {
        id: randomUUID(),
        documentName: this.documentName,
        identity: { ...identity },
        readOnly,
        connectedAt: Date.now(),
      };
      this.state = 'loading';
      this.setDeadline(this.deps.timings.loadTimeoutMs);
      const lease = await this.deps.registry.open(this.documentName);
      if (this.state !== 'loading') {
        lease.release();
        return;
      }
      this.lease = lease;
      this.enter(lease.room);
    } catch (error) {
      this.refuse(error);
    }
  }

  private isClosed(): boolean {
    return this.state === 'closed';
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > this.deps.limits.maxSendBufferBytes) {
      this.close(CollabCloseCode.tryAgainLater, 'client reads too slowly');
      return;
    }
    this.socket.send(frame, (error) => {
      if (error) this.deps.logger.debug('send failed', this.logContext({ error: error.message }));
    });
  }

  close(code: number, reason: string): void {
    if (this.state === 'closed') return;
    this.finish();
    try {
      this.socket.close(code, truncateReason(reason));
    } catch {
      this.socket.terminate();
    }
  }

  private enter(room: Room): void {
    this.clearDeadline();
    if (!room.join(this)) {
      this.close(CollabCloseCode.tryAgainLater, 'too many connections to this document');
      return;
    }
    this.state = 'open';
    room.greet(this);
    for (const frame of this.queue.drain()) {
      if (this.state !== 'open') return;
      this.process(room, frame);
    }
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.state === 'closed') return;
    if (!isBinary) {
      this.close(CollabCloseCode.unsupportedData, 'text frames are not supported');
      return;
    }
    const frame = copyFrame(data);
    if (!this.rateLimit.admit(frame.length)) {
      this.deps.logger.warn('rate limit exceeded', this.logContext());
      this.close(CollabCloseCode.policyViolation, 'rate limit exceeded');
      return;
    }
    if (this.state !== 'open' || !this.lease) {
      if (!this.queue.push(frame)) {
        this.close(CollabCloseCode.policyViolation, 'too many messages before authentication');
      }
      return;
    }
    this.process(this.lease.room, frame);
  }

  private process(room: Room, frame: Uint8Array): void {
    try {
      const message = decodeMessage(frame);
      const asksForState = message.kind === 'sync-step-1' || message.kind === 'query-awareness';
      if (asksForState && !this.rateLimit.admitStateRequest()) {
        throw policyViolation('too many state requests');
      }
      handleMessage(room, this, message);
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.deps.logger.warn(
          'closing connection after a refused message',
          this.logContext({ code: error.closeCode, error: error.message }),
        );
        this.close(error.closeCode, error.message);
      } else {
        this.deps.logger.error(
          'message handling failed',
          this.logContext({ error: describeError(error) }),
        );
        this.close(CollabCloseCode.internalError, 'internal error');
      }
    }
  }

  private refuse(error: unknown): void {
    if (this.state === 'closed') return;
    if (error instanceof CollabRefusal) {
      this.deps.logger.info(
        'connection refused',
        this.logContext({ code: error.code, reason: error.reason }),
      );
      this.close(error.code, error.reason);
      return;
    }
    const loading = this.state === 'loading';
    this.deps.logger.error(
      loading ? 'document could not be loaded' : 'authentication failed',
      this.logContext({ error: describeError(error) }),
    );
    this.close(
      CollabCloseCode.internalError,
      loading ? 'document could not be loaded' : 'authentication failed',
    );
  }

  private setDeadline(ms: number): void {
    this.clearDeadline();
    this.deadline = setTimeout(() => {
      if (this.state === 'queued') {
        this.close(CollabCloseCode.tryAgainLater, 'server busy, try again later');
      } else if (this.state === 'authenticating') {
        this.close(CollabCloseCode.unauthenticated, 'authentication timed out');
      } else if (this.state === 'loading') {
        this.close(CollabCloseCode.tryAgainLater, 'document load timed out');
      }
    }, ms);
  }

  private clearDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }

  /** Idempotent cleanup, from our own close() or the socket's 'close' event. */
  private finish(): void {
    if (this.state === 'closed') return;
    const joined = this.state === 'open';
    this.state = 'closed';
    this.clearDeadline();
    this.leaveGateQueue?.();
    this.leaveGateQueue = null;
    this.queue.drain();
    this.deps.keepalive.untrack(this.socket);
    const lease = this.lease;
    this.lease = null;
    if (lease && joined) {
      lease.room.leave(this);
      void this.deps.hooks.notify('onDisconnect', {
        documentName: this.documentName,
        connection: this.info,
      });
    }
    lease?.release();
    this.deps.onClosed(this);
    this.deps.logger.debug('connection closed', this.logContext());
  }

  private logContext(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      documentName: this.documentName,
      connectionId: this.connectionInfo?.id,
      userId: this.connectionInfo?.identity.userId,
      ...extra,
    };
  }
}
