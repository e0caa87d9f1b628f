/**
 * The y-protocols awareness update, the body of an awareness message (message.codec.ts):
 *
 *   awarenessUpdate := varUint(n) { varUint(clientID) varUint(clock) varString(stateJson) }×n
 *
 * `clientID` is the sender's `doc.clientID`; `clock` increases with every change of that client's
 * state and decides which of two states wins; `stateJson` is `JSON.stringify(state)` where a
 * `null` state means "this client left". Clients send objects (`{ user, cursor, … }`); this codec
 * refuses any other JSON value, so the server never stamps an identity onto a number or array.
 *
 * Pure: the server decodes a client's update, filters and stamps the entries, then encodes the
 * result again (awareness-guard.ts) before it reaches the room's `Awareness`.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { malformed } from './protocol-error';
import { describeError } from '../describe-error';

export type AwarenessState = Record<string, unknown>;

export interface AwarenessEntry {
  clientID: number;
  clock: number;
  state: AwarenessState | null;
}

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: AwarenessEntry[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientID = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      entries.push({ clientID, clock, state: parseState(decoding.readVarString(decoder)) });
    }
  } catch (error) {
    throw malformed(`invalid awareness update: ${describeError(error)}`);
  }
  if (decoding.hasContent(decoder)) throw malformed('trailing bytes in awareness update');
  return entries;
}

function parseState(json: string): AwarenessState | null {
  const value: unknown = JSON.parse(json);
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('awareness state is neither an object nor null');
  }
  return value as AwarenessState;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientID);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
