// A PostgreSQL database of the benchmark's own on the server at BENCH_POSTGRES_URL, made for one
// run and dropped after it, so runs neither see each other's data nor leave any behind.
import { randomBytes } from 'node:crypto';
import { workspace } from './workspace.mjs';

const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withPostgres(work) {
  const { Client } = workspace('pg');
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; resolves to its { url, drop() }. */
export async function createDatabase() {
  const name = `ketenlab_bench_${randomBytes(4).toString('hex')}`;
  await withPostgres((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withPostgres((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}
