import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const API_MAIN = join(REPO_ROOT, 'dist/api/apps/api/src/main.js');
export const WEB_DIST = join(REPO_ROOT, 'dist/web');
/** Screenshots are for people to look at after a run; tmp/ keeps them out of git. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tmp/screenshots');
export const API_LOG = join(REPO_ROOT, 'tmp/e2e-api.log');
