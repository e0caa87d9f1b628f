import { workspace } from '../shared/workspace.mjs';

/** A connection of the benchmark's own to the API's database: for seeding and the hand-written SQL. */
export async function openDatabase(databaseUrl) {
  if (databaseUrl.startsWith('sqlite:')) {
    const Database = workspace('better-sqlite3');
    const db = new Database(databaseUrl.slice('sqlite:'.length));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    return { kind: 'sqlite', db, close: async () => db.close() };
  }
  const { Client } = workspace('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return { kind: 'postgres', db: client, close: () => client.end() };
}
