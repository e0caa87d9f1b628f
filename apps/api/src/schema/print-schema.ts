import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemaSdl } from './schema-sdl';

/** Run from the workspace root (as `npm run schema` does). */
const SCHEMA_FILE = resolve('apps/api/schema.graphql');

schemaSdl()
  .then((sdl) => {
    writeFileSync(process.argv[2] ?? SCHEMA_FILE, sdl);
    process.stdout.write(`Wrote ${process.argv[2] ?? SCHEMA_FILE}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
