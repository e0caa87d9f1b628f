import * as Y from 'yjs';
import { ProtocolError } from '../protocol/protocol-error';
import { inspectUpdate } from '../protocol/update-inspection';
import { TypeDepthGuard } from './type-depth-guard';

/** Nests `levels` maps under `parent`, returning the deepest. */
function nestMaps(parent: Y.Map<unknown>, levels: number): Y.Map<unknown> {
  let current = parent;
  for (let i = 0; i < levels; i++) {
    const child = new Y.Map<unknown>();
    current.set('child', child);
    current = child;
  }
  return current;
}

const structsOf = (update: Uint8Array) => inspectUpdate(update).structs;

describe(TypeDepthGuard.name, () => {
  it('accepts nesting up to the limit and refuses one level more', () => {
    const within = new Y.Doc();
    nestMaps(within.getMap('root'), 10);
    const beyond = new Y.Doc();
    nestMaps(beyond.getMap('root'), 11);

    const guard = new TypeDepthGuard(new Y.Doc(), 10);
    expect(() => guard.assertWithinDepth(structsOf(Y.encodeStateAsUpdate(within)))).not.toThrow();
    expect(() => guard.assertWithinDepth(structsOf(Y.encodeStateAsUpdate(beyond)))).toThrow(
      new ProtocolError(1008, 'shared types nested deeper than 10'),
    );
  });

  it('counts the levels the document already has', () => {
    const author = new Y.Doc();
    const server = new Y.Doc();
    const guard = new TypeDepthGuard(server, 10);
    let deepest = author.getMap('root');
    for (let step = 0; step < 3; step++) {
      const before = Y.encodeStateVector(author);
      deepest = nestMaps(deepest, 3);
      const update = Y.encodeStateAsUpdate(author, before);
      guard.assertWithinDepth(structsOf(update));
      Y.applyUpdate(server, update);
    }
    const before = Y.encodeStateVector(author);
    nestMaps(deepest, 2);
    expect(() => guard.assertWithinDepth(structsOf(Y.encodeStateAsUpdate(author, before)))).toThrow(
      ProtocolError,
    );
  });

  it('finds the parent through neighbours, in the update and in the document', () => {
    const author = new Y.Doc();
    const server = new Y.Doc();
    const guard = new TypeDepthGuard(server, 4);
    const fragment = author.getXmlFragment('doc');
    let parent: Y.XmlFragment | Y.XmlElement = fragment;
    for (let level = 0; level < 4; level++) {
      const before = Y.encodeStateVector(author);
      // A sibling first, so that the nested element names no parent, only its neighbour.
      parent.insert(parent.length, [new Y.XmlElement('p')]);
      const element = new Y.XmlElement('blockquote');
      parent.insert(parent.length, [element]);
      const update = Y.encodeStateAsUpdate(author, before);
      guard.assertWithinDepth(structsOf(update));
      Y.applyUpdate(server, update);
      parent = element;
    }
    const before = Y.encodeStateVector(author);
    parent.insert(0, [new Y.XmlElement('p')]);
    parent.insert(1, [new Y.XmlElement('p')]);
    expect(() => guard.assertWithinDepth(structsOf(Y.encodeStateAsUpdate(author, before)))).toThrow(
      ProtocolError,
    );
  });

  it('checks structs Yjs holds pending together with the update that releases them', () => {
    const author = new Y.Doc();
    const root = author.getMap('root');
    const middle = nestMaps(root, 6);
    const firstHalf = Y.encodeStateAsUpdate(author);
    const svFirstHalf = Y.encodeStateVector(author);
    nestMaps(middle, 6);
    const secondHalf = Y.encodeStateAsUpdate(author, svFirstHalf);

    const server = new Y.Doc();
    const guard = new TypeDepthGuard(server, 10);
    guard.assertWithinDepth(structsOf(secondHalf));
    Y.applyUpdate(server, secondHalf);
    expect(server.store.pendingStructs).not.toBeNull();
    expect(() => guard.assertWithinDepth(structsOf(firstHalf))).toThrow(ProtocolError);
  });

  it('stays linear on long neighbour chains', () => {
    const author = new Y.Doc();
    const text = author.getText('text');
    // Inserting at the front makes every item point at the previous one: a 20,000-item chain.
    for (let i = 0; i < 20_000; i++) text.insert(0, 'x');
    const withType = new Y.Doc();
    Y.applyUpdate(withType, Y.encodeStateAsUpdate(author));
    withType.getArray('list').insert(0, [new Y.Map()]);
    const structs = structsOf(Y.encodeStateAsUpdate(withType));
    expect(structs.length).toBeGreaterThan(10_000);

    const started = performance.now();
    new TypeDepthGuard(new Y.Doc(), 4).assertWithinDepth(structs);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('terminates on neighbour cycles a hostile update can declare', () => {
    const a = new Y.Item(
      Y.createID(1, 0),
      null,
      Y.createID(2, 0),
      null,
      null,
      null,
      null,
      new Y.ContentType(new Y.Map()),
    );
    const b = new Y.Item(
      Y.createID(2, 0),
      null,
      Y.createID(1, 0),
      null,
      null,
      null,
      null,
      new Y.ContentType(new Y.Map()),
    );
    expect(() => new TypeDepthGuard(new Y.Doc(), 4).assertWithinDepth([a, b])).not.toThrow();
  });
});
