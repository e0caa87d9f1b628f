export type Delimiter = ';' | ',' | '\t';

/** In order of preference when the evidence ties: `;` is what Dutch Excel writes. */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];
const SAMPLE_LINES = 50;

/**
 * Picks the delimiter from the first lines: the candidate that splits the most lines into the
 * same number of fields as the header, counting only delimiters outside quotes (a Dutch
 * decimal comma inside `"1,5"` says nothing). A file with none of them is a single column.
 */
export function detectDelimiter(sample: string, wholeFile: boolean): Delimiter {
  const counts = countPerLine(sample, wholeFile);
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const perLine = counts.map((line) => line[delimiter]);
    const header = perLine[0] ?? 0;
    if (header === 0) continue;
    const score = perLine.filter((count) => count === header).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

type LineCounts = Record<Delimiter, number>;

/**
 * Delimiter counts of each complete line of the sample, quote-aware. The last line is complete
 * only when the sample is the whole file; a cut-off line would skew the vote.
 */
function countPerLine(sample: string, wholeFile: boolean): LineCounts[] {
  const lines: LineCounts[] = [];
  let current: LineCounts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < sample.length && lines.length < SAMPLE_LINES; i++) {
    const char = sample[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === ';' || char === ',' || char === '\t') current[char]++;
    else if (char === '\n') {
      lines.push(current);
      current = { ';': 0, ',': 0, '\t': 0 };
    }
  }
  if ((wholeFile || lines.length === 0) && lines.length < SAMPLE_LINES) lines.push(current);
  return lines;
}
