/** One line that differs between two texts. */
export interface LineChange {
  change: 'added' | 'removed';
  text: string;
}

/**
 * The lines removed from `before` and added in `after`, in reading order (a replaced line shows
 * as removed, then added). A longest-common-subsequence diff over lines: question bodies are
 * pages, not books, so the quadratic table stays small; beyond `maxCells` it falls back to
 * "all removed, all added", which is still true, only less precise.
 */
export function lineChanges(before: string, after: string, maxCells = 4_000_000): LineChange[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  // Equal head and tail lines need no table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const removed = (text: string): LineChange => ({ change: 'removed', text });
  const added = (text: string): LineChange => ({ change: 'added', text });
  if ((x.length + 1) * (y.length + 1) > maxCells) return [...x.map(removed), ...y.map(added)];

  // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..].
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      changes.push(added(y[j++]));
    } else {
      changes.push(removed(x[i++]));
    }
  }
  // Within one changed stretch, show what went before what came.
  return changes.reduce<LineChange[]>((ordered, change) => {
    if (change.change === 'removed') {
      let at = ordered.length;
      while (at > 0 && ordered[at - 1].change === 'added') at--;
      ordered.splice(at, 0, change);
    } else ordered.push(change);
    return ordered;
  }, []);
}
