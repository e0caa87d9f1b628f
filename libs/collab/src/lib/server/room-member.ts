import type { ConnectionInfo } from '../connection-info';

/** What a room needs from a connection: who it is and a way to reach it. */
export interface RoomMember {
  readonly info: ConnectionInfo;
  /** Best effort: a member that cannot take more (closed, or reading too slowly) is closed. */
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Transaction origin of updates injected by another instance (`applyRemoteUpdate`). */
export const REMOTE_ORIGIN = Symbol('collab-remote-origin');
