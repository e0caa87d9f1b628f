import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awareness-update.codec';
import { ProtocolError } from './protocol-error';

describe('awareness update codec', () => {
  it('reads what y-protocols writes, and y-protocols reads what it writes', () => {
    const doc = new Y.Doc();
    const source = new awarenessProtocol.Awareness(doc);
    source.setLocalState({ user: { name: 'Ada' }, cursor: 3 });
    const update = awarenessProtocol.encodeAwarenessUpdate(source, [doc.clientID]);
    const entries = decodeAwarenessUpdate(update);
    expect(entries).toEqual([
      { clientID: doc.clientID, clock: 1, state: { user: { name: 'Ada' }, cursor: 3 } },
    ]);

    const target = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(target, encodeAwarenessUpdate(entries), null);
    expect(target.getStates().get(doc.clientID)).toEqual({ user: { name: 'Ada' }, cursor: 3 });
    source.destroy();
    target.destroy();
  });

  it('keeps null states (a client leaving)', () => {
    const entries = [{ clientID: 5, clock: 2, state: null }];
    expect(decodeAwarenessUpdate(encodeAwarenessUpdate(entries))).toEqual(entries);
  });

  it.each([
    ['a number', '5'],
    ['an array', '[1]'],
    ['a string', '"x"'],
    ['invalid JSON', '{user:'],
  ])('refuses %s as a state', (_case, json) => {
    const update = encodeAwarenessUpdate([{ clientID: 1, clock: 1, state: {} }]);
    const bytes = new Uint8Array([...update.slice(0, 3), json.length, ...Buffer.from(json)]);
    expect(() => decodeAwarenessUpdate(bytes)).toThrow(ProtocolError);
  });

  it('refuses truncated updates and trailing bytes', () => {
    const update = encodeAwarenessUpdate([{ clientID: 1, clock: 1, state: { a: 1 } }]);
    expect(() => decodeAwarenessUpdate(update.slice(0, -1))).toThrow(ProtocolError);
    expect(() => decodeAwarenessUpdate(new Uint8Array([...update, 0]))).toThrow(ProtocolError);
    expect(() => decodeAwarenessUpdate(new Uint8Array([200, 1]))).toThrow(ProtocolError);
  });
});
