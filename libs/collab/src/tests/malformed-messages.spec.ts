import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { CollabCloseCode } from '../lib/close-codes';
import { CollabServer } from '../lib/server/collab-server';
import { startCollab, type CollabHarness } from '../testing/collab-harness';
import {
  awarenessFrame,
  queryAwarenessFrame,
  syncStep1Frame,
  syncStep2Frame,
  textInsertUpdate,
  updateFrame,
} from '../testing/frames';
import { MemoryPersistence } from '../testing/memory-persistence.extension';
import { RawClient } from '../testing/raw-client';
import { stockClient, type StockClient } from '../testing/stock-client';
import { TestAuthExtension } from '../testing/test-auth.extension';
import { waitUntil } from '../testing/wait';

const FRAMES = 2_000;
const WORKERS = 8;
const SEED = Number(process.env['COLLAB_FUZZ_SEED'] ?? 20_240_611);

describe(`${CollabServer.name}: malformed and hostile frames`, () => {
  let harness: CollabHarness;
  const clients: StockClient[] = [];

  beforeEach(async () => {
    harness = await startCollab({
      extensions: [new TestAuthExtension(), new MemoryPersistence()],
      timings: { idleUnloadMs: 60_000 },
    });
  });

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await harness.close();
  });

  it(`survives ${FRAMES} fuzzed frames in one room while another room keeps converging (seed ${SEED})`, async () => {
    const gen = prng.create(SEED);
    const alice = stockClient(harness.url, 'question.healthy', { token: 'alice' });
    const bob = stockClient(harness.url, 'question.healthy', { token: 'bob' });
    clients.push(alice, bob);
    await Promise.all([alice.synced(), bob.synced()]);

    let remaining = FRAMES;
    const closeCodes = new Map<number, number>();
    const fuzzer = async (worker: number) => {
      const connect = async () => {
        const raw = RawClient.connect(harness.url, 'question.fuzzed', { token: `fuzzer${worker}` });
        await raw.opened;
        return raw;
      };
      let raw = await connect();
      while (remaining > 0) {
        if (raw.closeInfo) raw = await connect();
        const socket = raw;
        remaining--;
        const replies = socket.count('sync-step-2');
        socket.send(hostileFrame(gen));
        // A valid request as a barrier: either it is answered (the frame was processed and
        // accepted) or the socket closes (the frame was refused).
        socket.send(syncStep1Frame(new Y.Doc()));
        await waitUntil(
          () => socket.closeInfo !== null || socket.count('sync-step-2') > replies,
          'frame handled',
        );
        if (socket.closeInfo)
          closeCodes.set(socket.closeInfo.code, (closeCodes.get(socket.closeInfo.code) ?? 0) + 1);
      }
      raw.close();
    };
    const typing = async () => {
      for (let i = 0; remaining > 0; i++) {
        (i % 2 === 0 ? alice : bob).text.insert(0, `${i};`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };

    await Promise.all([
      ...Array.from({ length: WORKERS }, (_, worker) => fuzzer(worker)),
      typing(),
    ]);

    await waitUntil(
      () => alice.text.length > 0 && alice.text.toString() === bob.text.toString(),
      'the healthy room converged',
    );
    // Refusals are protocol errors (1003/1007, 1008 for rate), never internal errors.
    expect([...closeCodes.keys()].every((code) => [1003, 1007, 1008].includes(code))).toBe(true);
    expect(closeCodes.get(CollabCloseCode.invalidPayload)).toBeGreaterThan(100);
    expect(harness.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);

    // The fuzzed room is still usable and its document still encodes and syncs.
    const late = stockClient(harness.url, 'question.fuzzed', { token: 'carol' });
    clients.push(late);
    await late.synced();
    const serverDoc = harness.server.getDocument('question.fuzzed') as Y.Doc;
    expect(serverDoc).toBeDefined();
    await waitUntil(
      () => Y.encodeStateVector(late.doc).toString() === Y.encodeStateVector(serverDoc).toString(),
      'a new client holds the fuzzed room state',
    );
  }, 60_000);
});

const validFrames = [
  syncStep1Frame(docWith('abc')),
  syncStep2Frame(textInsertUpdate('step two', 11)),
  updateFrame(textInsertUpdate('an update', 12)),
  updateFrame(mapUpdate()),
  awarenessFrame(13, 1, { cursor: { anchor: 1, head: 2 } }),
  queryAwarenessFrame(),
];

const validUpdates = [
  textInsertUpdate('some text', 15),
  mapUpdate(),
  Y.encodeStateAsUpdate(docWith('x')),
];

/** One frame from eight families of trouble, chosen at random. */
function hostileFrame(gen: prng.PRNG): Uint8Array {
  const valid = prng.oneOf(gen, validFrames);
  switch (prng.uint32(gen, 0, 7)) {
    case 0: // random bytes
      return new Uint8Array(randomBytes(gen, prng.uint32(gen, 0, 48)));
    case 1: // a valid frame cut short
      return valid.slice(0, prng.uint32(gen, 0, Math.max(0, valid.length - 1)));
    case 2: // a valid frame with flipped bits
      return flipBits(gen, valid);
    case 3: {
      // a valid-looking header followed by garbage
      const header = prng.oneOf(gen, [[0, 0], [0, 1], [0, 2], [1], [0, 2, 200], [1, 5, 1]]);
      return new Uint8Array([...header, ...randomBytes(gen, prng.uint32(gen, 0, 64))]);
    }
    case 4: // unknown message or sync types, or a client-sent auth message
      return new Uint8Array(
        prng.oneOf(gen, [[4], [5, 0], [100, 1, 2], [0x7f], [0, 3, 0], [0, 9, 1, 0], [2, 0, 0]]),
      );
    case 5: {
      // a correctly framed update whose Yjs payload is damaged: this reaches Yjs's decoder
      const update = prng.oneOf(gen, validUpdates);
      return updateFrame(
        prng.bool(gen)
          ? flipBits(gen, update)
          : update.slice(0, prng.uint32(gen, 0, update.length - 1)),
      );
    }
    case 6: // a correctly framed awareness message with a garbage body
      return encodeFramed(1, randomBytes(gen, prng.uint32(gen, 0, 32)));
    default: // trailing bytes after a valid frame
      return new Uint8Array([...valid, ...randomBytes(gen, prng.uint32(gen, 1, 8))]);
  }
}

function encodeFramed(messageType: number, body: number[]): Uint8Array {
  return new Uint8Array([messageType, body.length, ...body]);
}

function randomBytes(gen: prng.PRNG, length: number): number[] {
  return Array.from({ length }, () => prng.uint32(gen, 0, 255));
}

function flipBits(gen: prng.PRNG, frame: Uint8Array): Uint8Array {
  const copy = frame.slice();
  const flips = prng.uint32(gen, 1, 4);
  for (let i = 0; i < flips && copy.length > 0; i++) {
    copy[prng.uint32(gen, 0, copy.length - 1)] ^= 1 << prng.uint32(gen, 0, 7);
  }
  return copy;
}

function docWith(content: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, content);
  return doc;
}

function mapUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 14;
  const map = doc.getMap('meta');
  map.set('title', 'Onderzoeksvraag');
  map.set('n', 42);
  map.set('nested', new Y.Map());
  return Y.encodeStateAsUpdate(doc);
}
