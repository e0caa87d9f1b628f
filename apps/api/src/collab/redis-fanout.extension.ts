import { Logger } from '@nestjs/common';
import type {
  AttachPayload,
  AwarenessUpdatePayload,
  ChangePayload,
  CollabExtension,
  CollabServerHandle,
  DestroyDocumentPayload,
  LoadDocumentPayload,
} from '@ketenlab/collab';
import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import * as Y from 'yjs';

/**
 * Fan-out between instances through Redis pub/sub, one channel per open document.
 *
 * Frame: 1 byte kind, 16 bytes sender instance id, then the payload:
 *   0 update      a Yjs update this instance accepted (from its clients or the server itself)
 *   1 awareness   an awareness update, identity already stamped
 *   2 catch-up    the state vector of a copy that just opened, or of every open copy after the
 *                 subscriber reconnected; whoever holds the document answers with an update
 *                 carrying what that copy lacks (including edits it has not stored yet), and
 *                 with a state request of its own
 *   3 state request  a state vector; answered with the update it lacks, and nothing more.
 *
 * Both halves matter after an outage: each side made edits the other missed, and a deletion
 * does not show in a state vector, so neither can tell from the other's vector alone that it
 * has something to send.
 */
const KIND = { update: 0, awareness: 1, catchUp: 2, stateRequest: 3 } as const;
const ID_BYTES = 16;
/** `Y.encodeStateAsUpdate` of nothing: no structs, an empty delete set. */
const isEmptyUpdate = (update: Uint8Array) =>
  update.length === 2 && update[0] === 0 && update[1] === 0;

export class RedisFanoutExtension implements CollabExtension {
  readonly name = 'redis-fanout';
  private readonly logger = new Logger(RedisFanoutExtension.name);
  private readonly instance = randomBytes(ID_BYTES);
  private server: CollabServerHandle | null = null;
  private readonly channels = new Map<string, string>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
    /** The live document of this instance, to answer a catch-up request. */
    private readonly liveDocument: (name: string) => Y.Doc | undefined,
  ) {
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString(), message),
    );
    // 'ready' again means Redis was away (restarted, network): whatever was published meanwhile
    // never reached this instance, and what this instance published may have reached nobody.
    let connectedBefore = this.subscriber.status === 'ready';
    this.subscriber.on('ready', () => {
      if (connectedBefore) void this.catchUpAll();
      connectedBefore = true;
    });
  }

  onAttach({ server }: AttachPayload): void {
    this.server = server;
  }

  /**
   * Runs after persistence has loaded the stored state. Whatever other instances published
   * before this subscription took effect is covered by the catch-up: they answer with every
   * change this copy's state vector lacks.
   */
  async onLoadDocument({ documentName, doc }: LoadDocumentPayload): Promise<void> {
    const channel = `${this.prefix}collab:${documentName}`;
    this.channels.set(channel, documentName);
    await this.subscriber.subscribe(channel);
    await this.publish(documentName, KIND.catchUp, Y.encodeStateVector(doc));
  }

  /**
   * Not awaited: one connection sends its commands in order, so updates still leave in the order
   * they were applied, while the document's change queue does not wait a Redis round trip per
   * update. Nor does it wait for the update log: other instances hear of a change before it is
   * stored (see PersistenceExtension for why that loses nothing).
   */
  onChange({ documentName, update, origin }: ChangePayload): void {
    if (origin !== 'remote') this.send(documentName, KIND.update, update);
  }

  onAwarenessUpdate({ documentName, update, origin }: AwarenessUpdatePayload): void {
    if (origin !== 'remote') this.send(documentName, KIND.awareness, update);
  }

  async onDestroyDocument({ documentName }: DestroyDocumentPayload): Promise<void> {
    const channel = `${this.prefix}collab:${documentName}`;
    this.channels.delete(channel);
    await this.subscriber.unsubscribe(channel);
  }

  /**
   * After a reconnect: once the subscriptions are back (ioredis renews them; subscribing again
   * is a no-op that tells us when they are in effect), every open copy asks for what it missed
   * and is asked for what others missed, as on first open.
   */
  private async catchUpAll(): Promise<void> {
    const channels = [...this.channels.keys()];
    if (channels.length === 0) return;
    try {
      await this.subscriber.subscribe(...channels);
    } catch (error) {
      // The next 'ready' tries again.
      this.logger.warn(
        `Resubscribing after a reconnect failed: ${error instanceof Error ? error.message : error}`,
      );
      return;
    }
    let documents = 0;
    for (const documentName of this.channels.values()) {
      const doc = this.liveDocument(documentName);
      if (!doc) continue; // still loading: its own catch-up follows the subscription
      this.send(documentName, KIND.catchUp, Y.encodeStateVector(doc));
      documents++;
    }
    this.logger.log(`Redis reconnected: catching up ${documents} open document(s)`);
  }

  /** For changes made on an instance where the document is not open (e.g. a restore). */
  publishUpdate(documentName: string, update: Uint8Array): Promise<void> {
    return this.publish(documentName, KIND.update, update);
  }

  /** Publishes without waiting; a failure is logged (the catch-up after reconnecting repairs it). */
  private send(documentName: string, kind: number, payload: Uint8Array): void {
    this.publish(documentName, kind, payload).catch((error: unknown) =>
      this.logger.warn(
        `Publishing to ${documentName} failed: ${error instanceof Error ? error.message : error}`,
      ),
    );
  }

  private async publish(documentName: string, kind: number, payload: Uint8Array): Promise<void> {
    const frame = Buffer.concat([Buffer.from([kind]), this.instance, Buffer.from(payload)]);
    await this.publisher.publish(`${this.prefix}collab:${documentName}`, frame);
  }

  private receive(channel: string, message: Buffer): void {
    const documentName = this.channels.get(channel);
    if (!documentName || !this.server || message.length < 1 + ID_BYTES) return;
    if (message.subarray(1, 1 + ID_BYTES).equals(this.instance)) return;
    const payload = new Uint8Array(message.subarray(1 + ID_BYTES));
    try {
      switch (message[0]) {
        case KIND.update:
          this.server.applyRemoteUpdate(documentName, payload);
          break;
        case KIND.awareness:
          this.server.applyRemoteAwareness(documentName, payload);
          break;
        case KIND.catchUp:
        case KIND.stateRequest: {
          const doc = this.liveDocument(documentName);
          if (!doc) break;
          const missing = Y.encodeStateAsUpdate(doc, payload);
          if (!isEmptyUpdate(missing)) this.send(documentName, KIND.update, missing);
          if (message[0] === KIND.catchUp)
            this.send(documentName, KIND.stateRequest, Y.encodeStateVector(doc));
          break;
        }
      }
    } catch (error) {
      this.logger.warn(
        `Ignored a fan-out message for ${documentName}: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}
