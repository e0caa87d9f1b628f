/**
 * A HyperLogLog distinct-count sketch (Flajolet et al. 2007) with 2^14 one-byte registers:
 * 16 KiB per column, a standard error of about 0.8 %. Written here rather than taken from a
 * package because it is forty lines and the packages on npm are either unmaintained or hash
 * with 32 bits only, which saturates at a few hundred million values.
 *
 * Each string gets two independent 32-bit hashes: one picks the register, the other gives the
 * rank, so collisions stay negligible far beyond any upload's row count and no large-range
 * correction is needed.
 */
// Bound once: a global lookup per character is cheap in Node but ~100× slower inside a vm
// context such as Jest's, where this loop runs millions of times.
const { imul, clz32 } = Math;

export class HyperLogLog {
  private static readonly BITS = 14;
  private readonly registers = new Uint8Array(1 << HyperLogLog.BITS);

  add(value: string): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      h1 = imul(h1 ^ code, 0x01000193);
      h2 = imul(h2 ^ code, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    const index = mix(h1) >>> (32 - HyperLogLog.BITS);
    const rank = clz32(mix(h2 ^ value.length)) + 1;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }

  estimate(): number {
    const m = this.registers.length;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < m; i++) {
      sum += 2 ** -this.registers[i];
      if (this.registers[i] === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / m);
    const raw = (alpha * m * m) / sum;
    // Small cardinalities: linear counting over the empty registers is the better estimate.
    if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
    return Math.round(raw);
  }
}

/** Murmur3's finaliser: spreads every input bit over the whole word. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
