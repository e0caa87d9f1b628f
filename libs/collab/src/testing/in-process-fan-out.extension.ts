import type {
  AttachPayload,
  AwarenessUpdatePayload,
  ChangePayload,
  CollabExtension,
  CollabServerHandle,
} from '../lib/extension';

/**
 * The shape a Redis fan-out extension will have, with a plain array of peers instead of pub/sub:
 * every local change is handed to the other instances' `applyRemote…`, which report it back as
 * origin 'remote' so it is never forwarded twice.
 */
export class InProcessFanOut implements CollabExtension {
  readonly name = 'in-process-fan-out';
  private server: CollabServerHandle | null = null;

  constructor(private readonly bus: InProcessFanOut[]) {
    bus.push(this);
  }

  onAttach({ server }: AttachPayload): void {
    this.server = server;
  }

  onChange({ documentName, update, origin }: ChangePayload): void {
    if (origin === 'remote') return;
    for (const peer of this.peers()) peer.server?.applyRemoteUpdate(documentName, update);
  }

  onAwarenessUpdate({ documentName, update, origin }: AwarenessUpdatePayload): void {
    if (origin === 'remote') return;
    for (const peer of this.peers()) peer.server?.applyRemoteAwareness(documentName, update);
  }

  private peers(): InProcessFanOut[] {
    return this.bus.filter((peer) => peer !== this);
  }
}
