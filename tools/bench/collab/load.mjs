// The load generator: one process of its own, started by run.mjs for one scenario against one
// server. Input: a JSON argument; output: one JSON line on stdout. It talks to run.mjs over IPC
// only where run.mjs must measure the server in between (open documents, cold load).
import { clientKit } from './clients.mjs';
import { applyPatch, loadTrace } from './trace.mjs';

const job = JSON.parse(process.argv[2]);
// y-websocket adds an exit listener per provider; hundreds of clients are the point here.
process.setMaxListeners(0);
const kit = clientKit(job.server, job.urls[0], job.token);
const kits = job.urls.map((url) => clientKit(job.server, url, job.token));
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(predicate, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(2);
  }
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A parent message from run.mjs, e.g. "measured". */
function fromParent(type) {
  return new Promise((resolve) => {
    const listen = (message) => {
      if (message?.type !== type) return;
      process.off('message', listen);
      resolve(message);
    };
    process.on('message', listen);
  });
}

const scenarios = {
  /**
   * `typists` clients replay the B4 trace, each into a Y.Text of its own in one shared document,
   * at `rate` edits per second each. Every edit carries its send time in the same transaction
   * (a Y.Map entry per typist); one extra client, on the last server URL, records when each
   * arrives. Latency = arrival − send time, over the edits after the warm-up.
   */
  async typing({ room, typists, rate, seconds, warmupSeconds = 2 }) {
    const { patches } = loadTrace();
    const observer = kits.at(-1).connect(room);
    const writers = Array.from({ length: typists }, (_, i) => kits[i % kits.length].connect(room));
    await until(() => [observer, ...writers].every((c) => c.synced()), 'all synced');
    const latencies = [];
    let measuring = false;
    const stamps = observer.doc.getMap('sent');
    stamps.observe((event) => {
      if (!measuring) return;
      const arrived = now();
      for (const key of event.keysChanged) latencies.push(arrived - stamps.get(key));
    });
    let sent = 0;
    const cpuBefore = process.cpuUsage();
    const timers = writers.map((writer, i) => {
      const text = writer.doc.getText(`t${i}`);
      const sentAt = writer.doc.getMap('sent');
      let next = 0;
      const type = () =>
        writer.doc.transact(() => {
          applyPatch(text, patches[next++ % patches.length]);
          sentAt.set(`w${i}`, now());
          sent++;
        });
      // Spread the typists over the interval so that edits do not arrive in bursts.
      let timer;
      const start = setTimeout(
        () => (timer = setInterval(type, 1000 / rate)),
        (i / typists) * (1000 / rate),
      );
      return () => {
        clearTimeout(start);
        clearInterval(timer);
      };
    });
    await sleep(warmupSeconds * 1000);
    measuring = true;
    const sentBefore = sent;
    const started = now();
    await sleep(seconds * 1000);
    const elapsed = (now() - started) / 1000;
    const sentDuring = sent - sentBefore;
    const cpu = process.cpuUsage(cpuBefore);
    const generatorCpuPercent = Math.round(
      (cpu.user + cpu.system) / 1e4 / (elapsed + warmupSeconds),
    );
    timers.forEach((stop) => stop());
    await sleep(500); // let the last edits arrive
    measuring = false;
    latencies.sort((a, b) => a - b);
    [observer, ...writers].forEach((c) => c.destroy());
    return {
      typists,
      ratePerTypist: rate,
      offeredEditsPerSecond: typists * rate,
      sentEditsPerSecond: Math.round(sentDuring / elapsed),
      // Near 100 %, the load generator itself is the bottleneck and adds to the latency.
      generatorCpuPercent,
      receivedEditsPerSecond: Math.round(latencies.length / elapsed),
      samples: latencies.length,
      edits: sentDuring,
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1)),
    };
  },

  /** Opens one client per room, types a few edits into each, and holds them until told. */
  async openDocuments({ rooms, editsPerDocument = 20, batch = 50 }) {
    const { patches } = loadTrace();
    const clients = [];
    const started = now();
    for (let i = 0; i < rooms.length; i += batch) {
      const opened = rooms.slice(i, i + batch).map((room) => kit.connect(room));
      await until(() => opened.every((c) => c.synced()), 'a batch synced');
      clients.push(...opened);
    }
    for (const client of clients) {
      const text = client.doc.getText('t');
      for (let e = 0; e < editsPerDocument; e++) applyPatch(text, patches[e]);
    }
    const openSeconds = (now() - started) / 1000;
    await sleep(3000); // stored and settled
    process.send({ type: 'open' });
    await fromParent('measured');
    clients.forEach((c) => c.destroy());
    return { documents: rooms.length, openSeconds: round(openSeconds) };
  },

  /** Writes the whole B4 trace into one document, `chunk` edits per update, and waits for it to settle. */
  async seed({ room, chunk = 1000, perSecond = 50 }) {
    const { patches, endContent } = loadTrace();
    const client = kit.connect(room);
    await until(() => client.synced(), 'synced');
    const text = client.doc.getText('t');
    let updates = 0;
    for (let i = 0; i < patches.length; i += chunk) {
      client.doc.transact(() => {
        for (const patch of patches.slice(i, i + chunk)) applyPatch(text, patch);
      });
      updates++;
      await sleep(1000 / perSecond);
    }
    if (text.toString() !== endContent) throw new Error('the replay did not produce the trace');
    const stateBytes = kit.Y.encodeStateAsUpdate(client.doc).length;
    await sleep(4000); // past every server's store debounce
    client.destroy();
    return { edits: patches.length, updates, stateBytes, length: text.length };
  },

  /** Time from creating a client to holding the whole stored document (after a cold start). */
  async coldLoad({ room, length }) {
    const started = now();
    const client = kit.connect(room);
    await until(() => client.synced() && client.doc.getText('t').length === length, 'loaded');
    const ms = now() - started;
    client.destroy();
    return { timeToSyncedMs: round(ms) };
  },

  /**
   * `clients` clients over `rooms`, all synced; then every one drops its connection and
   * reconnects at the same moment. Time until all are synced again.
   */
  async storm({ rooms, clientsPerRoom }) {
    const clients = [];
    for (const room of rooms)
      for (let i = 0; i < clientsPerRoom; i++) clients.push(kit.connect(room));
    await until(() => clients.every((c) => c.synced()), 'all synced at first');
    await sleep(1000);
    clients.forEach((c) => c.disconnect());
    await until(() => clients.every((c) => !c.synced()), 'all dropped', 10_000);
    const started = now();
    clients.forEach((c) => c.connect());
    await until(() => clients.every((c) => c.synced()), 'all resynced');
    const seconds = (now() - started) / 1000;
    clients.forEach((c) => c.destroy());
    return { clients: clients.length, resyncedSeconds: round(seconds) };
  },
};

function round(x) {
  return x == null ? null : Math.round(x * 10) / 10;
}

try {
  const result = await scenarios[job.scenario](job);
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error?.stack ?? error) }) + '\n');
  process.exit(1);
}
