// Hocuspocus as its documentation sets it up for persistence: @hocuspocus/server with the
// generic database extension, storing each document's full state in SQLite (better-sqlite3,
// as Ketenlab uses). Started by run.mjs with PORT and BENCH_DB.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspace } from '../shared/workspace.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const peers = createRequire(join(here, 'peers/package.json'));
const { Server } = peers('@hocuspocus/server');
const { Database } = peers('@hocuspocus/extension-database');
const Sqlite = workspace('better-sqlite3');

const db = new Sqlite(process.env.BENCH_DB);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const read = db.prepare('SELECT data FROM documents WHERE name = ?');
const write = db.prepare(
  'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data',
);

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [
    new Database({
      fetch: async ({ documentName }) => read.get(documentName)?.data ?? null,
      store: async ({ documentName, state }) => void write.run(documentName, state),
    }),
  ],
});
await server.listen();
process.stdout.write(`hocuspocus listening on ${process.env.PORT}\n`);
