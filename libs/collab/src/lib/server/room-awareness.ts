import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CollabLimits, CollabTimings } from '../limits';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from '../protocol/awareness-update.codec';
import { encodeAwareness } from '../protocol/message.codec';
import { policyViolation } from '../protocol/protocol-error';
import { AwarenessCoalescer } from './awareness-coalescer';
import { AwarenessGuard } from './awareness-guard';
import type { ExtensionHooks } from './extension-hooks';
import { REMOTE_ORIGIN, type RoomMember } from './room-member';
import { SerialQueue } from './serial-queue';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * A room's presence: the y-protocols `Awareness` the server keeps, the guard that decides who may
 * write which entry, and the coalesced broadcast. Every accepted change reaches
 * `onAwarenessUpdate` already stamped, so a fan-out extension forwards the trusted version.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly guard = new AwarenessGuard();
  private readonly coalescer: AwarenessCoalescer;
  private readonly hookQueue = new SerialQueue();

  constructor(
    doc: Y.Doc,
    private readonly documentName: string,
    private readonly members: () => Iterable<RoomMember>,
    private readonly hooks: ExtensionHooks,
    private readonly limits: Pick<CollabLimits, 'maxAwarenessBytes'>,
    timings: CollabTimings,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server is not a participant: without this its own (empty) state would be broadcast.
    this.awareness.setLocalState(null);
    this.coalescer = new AwarenessCoalescer(timings.awarenessBroadcastMs, (ids) =>
      this.broadcast(ids),
    );
    this.awareness.on('update', this.onUpdate);
  }

  /** Bounds its size (1008), decodes (1007 on failure), filters and stamps, applies, reports. */
  applyFromMember(member: RoomMember, update: Uint8Array): void {
    if (update.length > this.limits.maxAwarenessBytes) {
      throw policyViolation('awareness update too large');
    }
    const admitted = this.guard.admitLocal(decodeAwarenessUpdate(update), member.info);
    if (admitted.length === 0) return;
    const stamped = encodeAwarenessUpdate(admitted);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, stamped, member);
    this.report(stamped, member);
  }

  /** An update another instance already stamped. Throws if it does not decode. */
  applyRemote(update: Uint8Array): void {
    const admitted = this.guard.admitRemote(decodeAwarenessUpdate(update));
    if (admitted.length === 0) return;
    const accepted = encodeAwarenessUpdate(admitted);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, REMOTE_ORIGIN);
    this.report(accepted, 'remote');
  }

  /** The member left: its entry goes, and everyone (including other instances) hears so. */
  removeMember(member: RoomMember): void {
    const clientID = this.guard.release(member.info.id);
    if (clientID === undefined || !this.awareness.getStates().has(clientID)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [clientID], member);
    this.report(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [clientID]), member);
  }

  /** Every known state as one message, or null when nobody is present. */
  snapshot(): Uint8Array | null {
    const clientIDs = [...this.awareness.getStates().keys()];
    if (clientIDs.length === 0) return null;
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIDs));
  }

  settled(): Promise<void> {
    return this.hookQueue.idle();
  }

  destroy(): void {
    this.coalescer.dispose();
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private report(update: Uint8Array, origin: RoomMember | 'remote'): void {
    const payload = {
      documentName: this.documentName,
      update,
      origin: origin === 'remote' ? ('remote' as const) : origin.info,
    };
    this.hookQueue.run(() => this.hooks.notify('onAwarenessUpdate', payload));
  }

  private readonly onUpdate = ({ added, updated, removed }: AwarenessChange): void => {
    // Entries can also vanish by timeout (no renewal for 30 s), e.g. from a crashed instance.
    this.guard.forgetRemote(removed);
    this.coalescer.add([...added, ...updated, ...removed]);
  };

  private broadcast(clientIDs: number[]): void {
    const frame = encodeAwareness(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIDs),
    );
    // The sender gets its own change back on purpose: the stock client closes a socket that has
    // been silent for 30 s, and its own 15-second awareness renewal is what keeps a lone editor's
    // socket from looking silent. Its own clock makes the echo a no-op for it.
    for (const member of this.members()) member.send(frame);
  }
}
