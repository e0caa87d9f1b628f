import { unsupported } from '../protocol/protocol-error';
import type { CollabMessage } from '../protocol/message.codec';
import type { Room } from './room';
import type { RoomMember } from './room-member';

/**
 * What a decoded client message does to a room. Throws `ProtocolError` (the socket closes) for
 * what a client must not send; everything else is the room's business.
 */
export function handleMessage(room: Room, member: RoomMember, message: CollabMessage): void {
  switch (message.kind) {
    case 'sync-step-1':
      room.answerSyncStep1(member, message.stateVector);
      return;
    case 'sync-step-2':
    case 'update':
      room.applyMemberUpdate(member, message.update);
      return;
    case 'awareness':
      room.awareness.applyFromMember(member, message.update);
      return;
    case 'query-awareness': {
      const presence = room.awareness.snapshot();
      if (presence) member.send(presence);
      return;
    }
    case 'permission-denied':
      // Auth messages flow from server to client; a client has no business sending one.
      throw unsupported('auth messages are not accepted from clients');
  }
}
