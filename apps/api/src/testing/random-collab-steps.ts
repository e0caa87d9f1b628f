import type { StockClient } from '@ketenlab/collab/testing/stock-client';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';

/**
 * One random step of a stock client, in the manner of Yjs's own applyRandomTests: now and then
 * a disconnect or reconnect, otherwise an insert, a delete or a map entry. Returns whether it
 * was an edit.
 */
export function randomOperation(gen: prng.PRNG, client: StockClient, i: number): boolean {
  const roll = prng.int32(gen, 0, 99);
  const text = client.text;
  if (roll < 4) {
    if (client.provider.shouldConnect) client.provider.disconnect();
    else client.provider.connect();
    return false;
  }
  if (roll < 55 || text.length === 0) {
    text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 4));
  } else if (roll < 85) {
    const index = prng.int32(gen, 0, text.length - 1);
    text.delete(index, prng.int32(gen, 1, Math.min(3, text.length - index)));
  } else {
    client.doc.getMap('meta').set(`key${prng.int32(gen, 0, 4)}`, i);
  }
  return true;
}

export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return (
    Buffer.compare(Y.encodeStateVector(a), Y.encodeStateVector(b)) === 0 &&
    a.getText('text').toString() === b.getText('text').toString()
  );
}

/** What a failed convergence assertion prints: text, map and state vector. */
export function snapshot(doc: Y.Doc) {
  return {
    text: doc.getText('text').toString(),
    meta: doc.getMap('meta').toJSON(),
    stateVector: Array.from(Y.encodeStateVector(doc)),
  };
}
