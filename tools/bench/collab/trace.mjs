// The B4 editing trace (automerge-paper: 259,778 single-character edits writing a LaTeX paper),
// from shared/data/editing-traces beside the repository (CC BY 4.0, Joseph Gentle; prepared by
// Martin Kleppmann).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const TRACE = 'shared/data/editing-traces/automerge-paper.json.gz';
// Beside the repository (`../shared`), or beside the directory of git worktrees it sits in.
const candidates = [join(here, '../../../..', TRACE), join(here, '../../../../..', TRACE)];
export const TRACE_PATH = resolve(
  process.env.BENCH_TRACE ?? candidates.find((path) => existsSync(path)) ?? candidates[0],
);

/** The trace as a flat list of patches `[position, deleted, inserted]`, in order. */
export function loadTrace() {
  const { txns, endContent } = JSON.parse(gunzipSync(readFileSync(TRACE_PATH)).toString());
  return { patches: txns.flatMap((txn) => txn.patches), endContent };
}

/** Applies one patch to a Y.Text (positions are code points; the trace is ASCII). */
export function applyPatch(text, [position, deleted, inserted]) {
  if (deleted) text.delete(position, deleted);
  if (inserted) text.insert(position, inserted);
}
