import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  decodeMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './message.codec';
import { ProtocolError } from './protocol-error';

const textDoc = (content: string) => {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, content);
  return doc;
};

function closeCodeOf(frame: Uint8Array): number | null {
  try {
    decodeMessage(frame);
    return null;
  } catch (error) {
    return error instanceof ProtocolError ? error.closeCode : -1;
  }
}

describe('message codec', () => {
  it('round-trips every message kind', () => {
    const sv = Y.encodeStateVector(textDoc('a'));
    const update = Y.encodeStateAsUpdate(textDoc('b'));
    expect(decodeMessage(encodeSyncStep1(sv))).toEqual({ kind: 'sync-step-1', stateVector: sv });
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ kind: 'sync-step-2', update });
    expect(decodeMessage(encodeUpdate(update))).toEqual({ kind: 'update', update });
    expect(decodeMessage(encodeAwareness(new Uint8Array([0])))).toEqual({
      kind: 'awareness',
      update: new Uint8Array([0]),
    });
    expect(decodeMessage(encodeQueryAwareness())).toEqual({ kind: 'query-awareness' });
    expect(decodeMessage(encodePermissionDenied('no'))).toEqual({
      kind: 'permission-denied',
      reason: 'no',
    });
  });

  it('reads what y-protocols writes', () => {
    const doc = textDoc('hello');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, doc);
    expect(decodeMessage(encoding.toUint8Array(encoder))).toEqual({
      kind: 'sync-step-1',
      stateVector: Y.encodeStateVector(doc),
    });
  });

  it('writes what y-protocols and the stock client read', () => {
    const source = textDoc('hello');
    const target = new Y.Doc();
    const decoder = decoding.createDecoder(encodeSyncStep2(Y.encodeStateAsUpdate(source)));
    expect(decoding.readVarUint(decoder)).toBe(0);
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), target, null);
    expect(target.getText('text').toString()).toBe('hello');

    let reason = '';
    const auth = decoding.createDecoder(encodePermissionDenied('read-only'));
    expect(decoding.readVarUint(auth)).toBe(2);
    authProtocol.readAuthMessage(auth, target, (_doc, why) => (reason = why));
    expect(reason).toBe('read-only');
  });

  it('refuses unknown message, sync and auth types with 1003', () => {
    expect(closeCodeOf(new Uint8Array([4]))).toBe(1003);
    expect(closeCodeOf(new Uint8Array([0, 3, 0]))).toBe(1003);
    expect(closeCodeOf(new Uint8Array([2, 1, 0]))).toBe(1003);
  });

  it('refuses empty, truncated and over-long frames with 1007', () => {
    const frame = encodeUpdate(Y.encodeStateAsUpdate(textDoc('some text')));
    expect(closeCodeOf(new Uint8Array([]))).toBe(1007);
    expect(closeCodeOf(frame.slice(0, frame.length - 1))).toBe(1007);
    expect(closeCodeOf(new Uint8Array([...frame, 0]))).toBe(1007);
    expect(
      closeCodeOf(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])),
    ).toBe(1007);
  });

  it('validates a state vector completely', () => {
    expect(closeCodeOf(encodeSyncStep1(new Uint8Array([2, 1, 1])))).toBe(1007);
    expect(closeCodeOf(encodeSyncStep1(new Uint8Array([1, 1, 1, 9])))).toBe(1007);
    expect(closeCodeOf(encodeSyncStep1(new Uint8Array([1, 1, 1])))).toBeNull();
  });
});
