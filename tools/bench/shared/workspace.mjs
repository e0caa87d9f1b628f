// The repository the benchmarks sit in, and its node_modules: the benchmarks are plain scripts
// outside any Nx project, so they load the workspace's packages (pg, ioredis, ws…) by this path.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const workspace = createRequire(join(ROOT, 'package.json'));
