/**
 * Reads at least `bytes` bytes (fewer only at the end of the input) so the format can be
 * judged from the first part, and returns them with an iterable that replays them followed by
 * the rest of the input. Nothing is read twice.
 */
export async function peek(
  chunks: AsyncIterable<Buffer>,
  bytes: number,
): Promise<{ head: Buffer; chunks: AsyncIterable<Buffer>; wholeInput: boolean }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(next.value);
    length += next.value.length;
  }
  const head = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  }
  return { head, chunks: replay(), wholeInput: done };
}
