import * as Y from 'yjs';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DocumentStore } from './document-store';
import { UpdateLog } from './update-log';

/** Rebuilds a document from what the store holds. */
async function restored(store: DocumentStore, name: string): Promise<Y.Doc> {
  const stored = await store.load(name);
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/** A document typed into, one character per update, as a client would send it. */
function typist(text: string) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const ch of text) doc.getText('t').insert(doc.getText('t').length, ch);
  return { doc, updates };
}

describe(DocumentStore.name, () => {
  let test: TestApp;
  let store: DocumentStore;

  beforeAll(async () => {
    test = await startTestApp();
    store = test.app.get(DocumentStore);
  });
  afterAll(() => test.close());

  it('stores updates and loads them back in order', async () => {
    const { updates } = typist('hallo');
    await store.append(updates.map((data) => ({ documentName: 'question.a', data })));
    await store.append([{ documentName: 'question.other', data: typist('x').updates[0] }]);
    expect((await restored(store, 'question.a')).getText('t').toString()).toBe('hallo');
    expect(await store.tailLength('question.a')).toBe(5);
  });

  it('compacts into a snapshot and keeps what came after', async () => {
    const { doc, updates } = typist('compact');
    await store.append(updates.slice(0, 4).map((data) => ({ documentName: 'question.b', data })));
    const before = await store.load('question.b');
    await store.append(updates.slice(4).map((data) => ({ documentName: 'question.b', data })));
    const partial = new Y.Doc();
    for (const update of before.updates) Y.applyUpdate(partial, update);
    await store.compact('question.b', Y.encodeStateAsUpdate(partial), before.lastUpdateId);
    expect(await store.tailLength('question.b')).toBe(3);
    expect((await restored(store, 'question.b')).getText('t').toString()).toBe(
      doc.getText('t').toString(),
    );
  });

  it('never lets an older compaction replace a newer snapshot', async () => {
    const { updates } = typist('abcdef');
    await store.append(updates.map((data) => ({ documentName: 'question.c', data })));
    const all = await store.load('question.c');
    const full = await restored(store, 'question.c');
    const early = typist('abc');
    await store.compact('question.c', Y.encodeStateAsUpdate(full), all.lastUpdateId);
    // A slower instance finishing an older compaction afterwards must change nothing.
    await store.compact('question.c', Y.encodeStateAsUpdate(early.doc), all.lastUpdateId - 3);
    expect((await restored(store, 'question.c')).getText('t').toString()).toBe('abcdef');
  });
});

describe(UpdateLog.name, () => {
  let test: TestApp;
  let store: DocumentStore;

  beforeAll(async () => {
    test = await startTestApp();
    store = test.app.get(DocumentStore);
  });
  afterAll(() => test.close());

  it('groups updates that arrive together into few writes, each resolved when durable', async () => {
    const { doc, updates } = typist('groepscommit');
    let writes = 0;
    const counting = Object.create(store) as DocumentStore;
    counting.append = (entries) => {
      writes++;
      return store.append(entries);
    };
    const log = new UpdateLog(counting, 5);
    await Promise.all(updates.map((data) => log.append('question.g', data)));
    expect(writes).toBeLessThanOrEqual(2);
    expect((await restored(store, 'question.g')).getText('t').toString()).toBe(
      doc.getText('t').toString(),
    );
  });

  it('keeps updates across failed writes and stores them once the database answers', async () => {
    const { doc, updates } = typist('retry');
    let failuresLeft = 2;
    const flaky = Object.create(store) as DocumentStore;
    flaky.append = (entries) =>
      failuresLeft-- > 0 ? Promise.reject(new Error('database away')) : store.append(entries);
    const log = new UpdateLog(flaky, 1);
    const stored = Promise.all(updates.map((data) => log.append('question.r', data)));
    await log.flush();
    await stored;
    expect(failuresLeft).toBeLessThan(0);
    expect((await restored(store, 'question.r')).getText('t').toString()).toBe(
      doc.getText('t').toString(),
    );
  });
});
