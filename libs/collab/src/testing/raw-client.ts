import { WebSocket } from 'ws';
import { decodeMessage, type CollabMessage } from '../lib/protocol/message.codec';
import { waitUntil } from './wait';

export interface CloseInfo {
  code: number;
  reason: string;
}

/**
 * A bare `ws` socket that records every frame the server sends and how the socket closed, for
 * asserting what did (or did not) reach a client.
 */
export class RawClient {
  readonly frames: Uint8Array[] = [];
  closeInfo: CloseInfo | null = null;
  readonly closed: Promise<CloseInfo>;
  readonly opened: Promise<void>;

  constructor(readonly socket: WebSocket) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer) => this.frames.push(new Uint8Array(data)));
    socket.on('error', () => undefined);
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => {
        this.closeInfo = { code, reason: reason.toString() };
        resolve(this.closeInfo);
      }),
    );
    this.opened = new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('close', () => reject(new Error('closed before open')));
    });
    this.opened.catch(() => undefined);
  }

  static connect(
    baseUrl: string,
    room: string,
    params: Record<string, string> = { token: 'mallory' },
  ): RawClient {
    const query = new URLSearchParams(params).toString();
    return new RawClient(new WebSocket(`${baseUrl}/${room}${query ? `?${query}` : ''}`));
  }

  /** Sends once the socket is open; a socket the server already closed swallows it. */
  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  messages(): CollabMessage[] {
    return this.frames.map((frame) => decodeMessage(frame));
  }

  count(kind: CollabMessage['kind']): number {
    return this.messages().filter((message) => message.kind === kind).length;
  }

  waitFor(kind: CollabMessage['kind'], count = 1): Promise<void> {
    return waitUntil(() => this.count(kind) >= count, `${count} ${kind} message(s) arrived`);
  }

  close(): void {
    this.socket.terminate();
  }
}
