// Bound once: a global lookup per character is cheap in Node but ~100× slower inside a vm
// context such as Jest's, where these loops run millions of times.
const { imul } = Math;

/**
 * Two independent 32-bit hashes of a string (FNV-1a and a Murmur-style multiply, each
 * finished with Murmur3's mixer), written into `out[0]` and `out[1]`. Together they act as a
 * 64-bit hash: the exact value counter tells values apart by it, HyperLogLog splits it into
 * register and rank. `out` is reused by the caller so hashing allocates nothing.
 */
export function hashString(text: string, out: Int32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = imul(h1 ^ code, 0x01000193);
    h2 = imul(h2 ^ code, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  out[0] = mix(h1);
  out[1] = mix(h2 ^ text.length);
}

/** Murmur3's finaliser: spreads every input bit over the whole word. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
