/**
 * The y-websocket wire format, as the stock client (y-websocket 3) and y-protocols 1.0 speak it.
 * Pure functions: bytes in, bytes or plain objects out; no document, no socket.
 *
 * Every WebSocket frame is binary and holds exactly one message. Integers are lib0 varUints
 * (7 bits per byte, little-endian, high bit = "more"); `varBytes` is a varUint length followed
 * by that many bytes; `varString` is varBytes holding UTF-8.
 *
 *   message          := varUint(messageType) body
 *
 *   messageType 0 sync:
 *     body           := varUint(syncType) varBytes(payload)
 *       syncType 0   step 1: payload is a state vector — "here is what I have, send the rest"
 *       syncType 1   step 2: payload is a Yjs v1 update — the answer to a step 1
 *       syncType 2   update: payload is a Yjs v1 update — a live change
 *     stateVector    := varUint(n) { varUint(clientID) varUint(clock) }×n
 *
 *   messageType 1 awareness:
 *     body           := varBytes(awarenessUpdate)       (see awareness-update.codec.ts)
 *
 *   messageType 2 auth (server → client only):
 *     body           := varUint(authType) varString(reason)
 *       authType 0   permission denied (y-protocols `writePermissionDenied`)
 *
 *   messageType 3 query awareness:
 *     body           := (empty) — "send me every awareness state you know"
 *
 * Handshake as this server runs it: the client opens the socket and sends step 1 (and its
 * awareness). The server authenticates and loads the document first, then sends its own step 1
 * (writers only: an observer's answer would be dropped anyway) and the room's awareness, then
 * answers the client's queued step 1 with step 2. Afterwards both sides send `update`s.
 *
 * Decoding is strict: a frame must be consumed exactly, so trailing bytes are an error, and an
 * unknown message or sync type is reported distinctly (close 1003) from a malformed one (1007).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { malformed, unsupported } from './protocol-error';
import { describeError } from '../describe-error';

export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;
export const AuthType = { permissionDenied: 0 } as const;

export type CollabMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'permission-denied'; reason: string }
  | { kind: 'query-awareness' };

export type CollabMessageKind = CollabMessage['kind'];

/** Decodes one frame. Throws `ProtocolError` for anything that is not exactly one message. */
export function decodeMessage(frame: Uint8Array): CollabMessage {
  const decoder = decoding.createDecoder(frame);
  const message = readMessage(decoder);
  if (decoding.hasContent(decoder)) {
    throw malformed(`${frame.length - decoder.pos} trailing bytes after ${message.kind}`);
  }
  return message;
}

function readMessage(decoder: decoding.Decoder): CollabMessage {
  const messageType = guarded('message type', () => decoding.readVarUint(decoder));
  switch (messageType) {
    case MessageType.sync:
      return readSync(decoder);
    case MessageType.awareness:
      return {
        kind: 'awareness',
        update: guarded('awareness', () => decoding.readVarUint8Array(decoder)),
      };
    case MessageType.auth:
      return readAuth(decoder);
    case MessageType.queryAwareness:
      return { kind: 'query-awareness' };
    default:
      throw unsupported(`unknown message type ${messageType}`);
  }
}

function readSync(decoder: decoding.Decoder): CollabMessage {
  const syncType = guarded('sync type', () => decoding.readVarUint(decoder));
  if (syncType !== SyncType.step1 && syncType !== SyncType.step2 && syncType !== SyncType.update) {
    throw unsupported(`unknown sync message type ${syncType}`);
  }
  const payload = guarded('sync payload', () => decoding.readVarUint8Array(decoder));
  if (syncType === SyncType.step1) {
    assertStateVector(payload);
    return { kind: 'sync-step-1', stateVector: payload };
  }
  return { kind: syncType === SyncType.step2 ? 'sync-step-2' : 'update', update: payload };
}

function readAuth(decoder: decoding.Decoder): CollabMessage {
  const authType = guarded('auth type', () => decoding.readVarUint(decoder));
  if (authType !== AuthType.permissionDenied) {
    throw unsupported(`unknown auth message type ${authType}`);
  }
  return {
    kind: 'permission-denied',
    reason: guarded('auth reason', () => decoding.readVarString(decoder)),
  };
}

/** Validates a state vector completely, so that Yjs never sees a malformed one. */
function assertStateVector(bytes: Uint8Array): void {
  const decoder = decoding.createDecoder(bytes);
  guarded('state vector', () => {
    const entries = decoding.readVarUint(decoder);
    for (let i = 0; i < entries; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
  });
  if (decoding.hasContent(decoder)) throw malformed('trailing bytes in state vector');
}

/** lib0 throws plain Errors (and RangeErrors) on truncated input; name what was being read. */
function guarded<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw malformed(`truncated or invalid ${what}: ${describeError(error)}`);
  }
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncType.step1, stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.step2, update);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.update, update);
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

export function encodeQueryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.queryAwareness);
  return encoding.toUint8Array(encoder);
}

export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.auth);
  encoding.writeVarUint(encoder, AuthType.permissionDenied);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}
