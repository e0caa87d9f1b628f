import * as Y from 'yjs';
import { ProtocolError } from './protocol-error';
import { inspectUpdate } from './update-inspection';

describe(inspectUpdate.name, () => {
  it('recognises an empty update and a real one', () => {
    expect(inspectUpdate(Y.encodeStateAsUpdate(new Y.Doc())).empty).toBe(true);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc))).toEqual({
      empty: false,
      structs: [expect.any(Y.Item)],
    });
  });

  it('treats a deletion-only update as not empty', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    const before = Y.encodeStateVector(doc);
    const nothingNew = Y.encodeStateAsUpdate(doc, before);
    doc.getText('t').delete(0, 1);
    expect(inspectUpdate(nothingNew).empty).toBe(true);
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc, before)).empty).toBe(false);
  });

  it('refuses updates that do not decode', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    const update = Y.encodeStateAsUpdate(doc);
    expect(() => inspectUpdate(update.slice(0, update.length - 3))).toThrow(ProtocolError);
    expect(() => inspectUpdate(new Uint8Array([1, 1, 1, 1, 0xff]))).toThrow(ProtocolError);
  });
});
