import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ingestDataset } from '../lib/ingest';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A CSV of `rows` rows where every value is new, produced lazily: never in memory at once. */
function uniqueRows(rows: number): Readable {
  function* lines() {
    yield 'code;naam;bedrag;datum\n';
    for (let i = 0; i < rows; i++) {
      yield `BU${String(i).padStart(8, '0')};straat ${i} te Utrecht;${i},${i % 100};${(i % 28) + 1}-01-2024\n`;
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/** Heap in use, after a full collection, while the ingest of `rows` rows is at its last row. */
async function heapAtLastRow(rows: number): Promise<number> {
  let heap = 0;
  let seen = 0;
  await ingestDataset(uniqueRows(rows), {
    fileName: 'uniek.csv',
    onRow: () => {
      if (++seen === rows) {
        collectGarbage();
        heap = process.memoryUsage().heapUsed;
      }
    },
  });
  return heap;
}

describe('memory', () => {
  it('does not grow with the number of rows', async () => {
    // Both sizes are past the exact-distinct bound, so both hold only sketches. Keeping the
    // extra 60 000 rows' values (4 columns) would take well over 10 MB.
    const small = await heapAtLastRow(15_000);
    const large = await heapAtLastRow(75_000);
    expect(large - small).toBeLessThan(3 * 1024 * 1024);
  });
});
