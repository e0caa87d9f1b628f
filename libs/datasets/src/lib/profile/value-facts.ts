import { parseBoolean } from '../values/dutch-boolean';
import { parseDutchDate } from '../values/dutch-date';
import { readNumber } from '../values/dutch-number';
import { isCodeLike } from './column-type';

/** What a text value can be read as, one bit each. */
export const CODE_LIKE = 1;
export const DIGITS_ONLY = 2;
export const BOOLEAN_WORD = 4;
export const ZERO = 8;
export const ONE = 16;
export const COMMA_NUMBER = 32;
export const DOT_NUMBER = 64;
export const DATE = 128;

/**
 * Reads a non-empty, trimmed text value every way the profile needs at once. Returns the
 * flags; `out[0]` gets the decimal-comma number (or the date's milliseconds), `out[1]` the
 * decimal-dot number. Cheap first-character checks keep a value from paying for readings that
 * cannot succeed.
 */
export function readValue(text: string, out: Float64Array): number {
  let flags = isCodeLike(text) ? CODE_LIKE : 0;
  const first = text.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b)) {
    return parseBoolean(text) === undefined ? flags : flags | BOOLEAN_WORD;
  }
  readNumber(text, out);
  const comma = out[0];
  const dot = out[1];
  if (Number.isFinite(comma)) flags |= COMMA_NUMBER;
  if (Number.isFinite(dot)) flags |= DOT_NUMBER;
  if (comma === dot) {
    // No separator: the same integer in both readings.
    if (isDigits(text)) flags |= DIGITS_ONLY;
    if (text === '0') flags |= ZERO;
    else if (text === '1') flags |= ONE;
  } else if (Number.isNaN(comma) && Number.isNaN(dot)) {
    out[0] = parseDutchDate(text);
    if (!Number.isNaN(out[0])) flags |= DATE;
  }
  return flags;
}

/**
 * `readValue`'s results per distinct value, by the value's index in the exact value count:
 * in real tables most cells repeat a value seen before (a municipality, a percentage, a date),
 * and those are then not read again. Grows with the distinct values, which the exact count
 * bounds.
 */
export class ValueFacts {
  private flagsOf = new Uint8Array(1024);
  private numbersOf = new Float64Array(2048);
  size = 0;

  flags(index: number): number {
    return this.flagsOf[index];
  }

  number(index: number, which: 0 | 1): number {
    return this.numbersOf[2 * index + which];
  }

  /** Records the facts of the next new value (index `size`). */
  push(flags: number, numbers: Float64Array): void {
    if (this.size === this.flagsOf.length) {
      const flagsOf = new Uint8Array(this.size * 2);
      flagsOf.set(this.flagsOf);
      this.flagsOf = flagsOf;
      const numbersOf = new Float64Array(this.size * 4);
      numbersOf.set(this.numbersOf);
      this.numbersOf = numbersOf;
    }
    this.flagsOf[this.size] = flags;
    this.numbersOf[2 * this.size] = numbers[0];
    this.numbersOf[2 * this.size + 1] = numbers[1];
    this.size++;
  }
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
