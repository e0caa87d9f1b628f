import * as Y from 'yjs';
import type { ChangeOrigin, ConnectionInfo } from '../connection-info';
import type { CollabLimits, CollabTimings } from '../limits';
import { describeError } from '../describe-error';
import type { CollabLogger } from '../logger';
import {
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../protocol/message.codec';
import { malformed, policyViolation } from '../protocol/protocol-error';
import { inspectUpdate } from '../protocol/update-inspection';
import type { ExtensionHooks } from './extension-hooks';
import { dropPendingUpdates, pendingUpdateBytes } from './pending-updates';
import { RoomAwareness } from './room-awareness';
import { REMOTE_ORIGIN, type RoomMember } from './room-member';
import { SerialQueue } from './serial-queue';
import { StoreScheduler } from './store-scheduler';
import { TypeDepthGuard } from './type-depth-guard';

export interface RoomDeps {
  hooks: ExtensionHooks;
  limits: CollabLimits;
  timings: CollabTimings;
  logger: CollabLogger;
}

/** What `Y.encodeStateVector` gives for a document with nothing in it. */
const isEmptyStateVector = (stateVector: Uint8Array) =>
  stateVector.length === 1 && stateVector[0] === 0;

/**
 * One loaded document and the connections editing it. Created only after `onLoadDocument`
 * succeeded (room-registry.ts), so nothing here ever sees, sends or stores a half-loaded doc.
 *
 * Every change, whatever its origin, takes one path: `doc.on('update')` broadcasts the effective
 * diff to the other members, queues `onChange` (in order) and marks the document for storing.
 */
export class Room {
  readonly awareness: RoomAwareness;
  readonly store: StoreScheduler;
  private readonly members = new Set<RoomMember>();
  private readonly changeQueue = new SerialQueue();
  private readonly depthGuard: TypeDepthGuard;
  /** The whole document encoded, until it changes (see answerSyncStep1). */
  private wholeState: Uint8Array | null = null;
  /** Set while applying a member's update that may complete other clients' pending structs. */
  private echoToSender = false;

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    private readonly deps: RoomDeps,
  ) {
    const { hooks, limits, timings, logger } = deps;
    this.depthGuard = new TypeDepthGuard(doc, limits.maxTypeDepth);
    this.awareness = new RoomAwareness(doc, name, () => this.members, hooks, limits, timings);
    this.store = new StoreScheduler(
      () => hooks.storeDocument({ documentName: name, doc }),
      {
        debounceMs: timings.storeDebounceMs,
        maxDebounceMs: timings.storeMaxDebounceMs,
        retryInitialMs: timings.storeRetryInitialMs,
        retryMaxMs: timings.storeRetryMaxMs,
      },
      logger,
      { documentName: name },
    );
    doc.on('update', this.onDocUpdate);
  }

  get memberCount(): number {
    return this.members.size;
  }

  connections(): ConnectionInfo[] {
    return [...this.members].map((member) => member.info);
  }

  /** Admits a member unless the room is full. Sends nothing; see `greet`. */
  join(member: RoomMember): boolean {
    if (this.members.size >= this.deps.limits.maxConnectionsPerDocument) return false;
    this.members.add(member);
    return true;
  }

  /**
   * The server's half of the handshake: a writer is asked for what it has (sync step 1); an
   * observer is not, because its answer would be dropped. Then everyone present.
   */
  greet(member: RoomMember): void {
    if (!member.info.readOnly) member.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const presence = this.awareness.snapshot();
    if (presence) member.send(presence);
  }

  leave(member: RoomMember): void {
    if (!this.members.delete(member)) return;
    this.awareness.removeMember(member);
  }

  /**
   * A client that has nothing (a fresh editor, a cold load) gets the whole document: encoded
   * once and kept until the next change, since encoding a long history costs tens of
   * milliseconds and several clients tend to open a document together.
   */
  answerSyncStep1(member: RoomMember, stateVector: Uint8Array): void {
    const update = isEmptyStateVector(stateVector)
      ? (this.wholeState ??= Y.encodeStateAsUpdate(this.doc))
      : Y.encodeStateAsUpdate(this.doc, stateVector);
    member.send(encodeSyncStep2(update));
  }

  /**
   * A member's sync-step-2 or update. Observers' non-empty updates are refused with a
   * y-protocols "permission denied" (the stock client logs it); their empty step-2 answers are
   * routine and ignored silently. Throws `ProtocolError` for the caller to close the socket.
   */
  applyMemberUpdate(member: RoomMember, update: Uint8Array): void {
    const { empty, structs } = inspectUpdate(update);
    if (empty) return;
    if (member.info.readOnly) {
      member.send(encodePermissionDenied('read-only connection: update not applied'));
      return;
    }
    this.depthGuard.assertWithinDepth(structs);
    // With a backlog of pending structs the effective diff may include structs that are not the
    // sender's own (this update completed them), so the sender must receive it too.
    this.echoToSender = pendingUpdateBytes(this.doc) > 0;
    try {
      Y.applyUpdate(this.doc, update, member);
    } catch (error) {
      // Decoded fine but Yjs could not integrate it. Whatever part was applied already went out
      // through the update event, so members and storage still agree with this document.
      throw malformed(`update could not be applied: ${describeError(error)}`);
    } finally {
      this.echoToSender = false;
    }
    if (pendingUpdateBytes(this.doc) > this.deps.limits.maxPendingUpdateBytes) {
      dropPendingUpdates(this.doc);
      throw policyViolation('too many updates with missing dependencies');
    }
  }

  /** See `CollabServer.applyRemoteUpdate`. */
  applyRemoteUpdate(update: Uint8Array): void {
    const { empty, structs } = inspectUpdate(update);
    if (empty) return;
    this.depthGuard.assertWithinDepth(structs);
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
  }

  /** Resolves when every queued hook call (onChange, onAwarenessUpdate) has finished. */
  async settled(): Promise<void> {
    await Promise.all([this.changeQueue.idle(), this.awareness.settled()]);
  }

  destroy(): void {
    this.store.dispose();
    this.awareness.destroy();
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.wholeState = null;
    const sender = this.members.has(origin as RoomMember) ? (origin as RoomMember) : null;
    const frame = encodeUpdate(update);
    for (const member of this.members) {
      // The sender already has its own update; echoing it would only cost bandwidth.
      if (member !== sender || this.echoToSender) member.send(frame);
    }
    const changeOrigin: ChangeOrigin = sender
      ? sender.info
      : origin === REMOTE_ORIGIN
        ? 'remote'
        : 'server';
    const payload = { documentName: this.name, update, origin: changeOrigin };
    this.changeQueue.run(() => this.deps.hooks.notify('onChange', payload));
    this.store.markDirty();
  };
}
