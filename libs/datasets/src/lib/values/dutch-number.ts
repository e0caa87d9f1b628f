const DOT = 0x2e;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;
const PLUS = 0x2b;

/** Written numbers beyond this many digits are read by `Number()`, which rounds correctly. */
const EXACT_DIGITS = 15;
/** More separators than this and it is not a number anyone writes. */
const MAX_SEPARATORS = 8;

// Scratch for one scan: separators in order and the digit count of each group between them.
const separators = new Uint8Array(MAX_SEPARATORS);
const groups = new Int32Array(MAX_SEPARATORS + 1);

/**
 * Reads a number both ways Dutch files write them, in one scan, into `out`:
 * - `out[0]`, Dutch: decimal comma, optional thousands dots: `1.234,56`, `-0,5`, `1.234.567`;
 * - `out[1]`, decimal dot (English, and many exports and scripts): `1234.56`, `1,234.56`.
 *
 * Thousands separators must group exactly three digits (`1.234`, not `1.23`), which is what
 * makes most values unambiguous. NaN for a reading that does not fit, including empty
 * strings, spaces, exponents and currency signs. Hand-written instead of a regular expression
 * because it runs for every cell of every upload.
 */
export function readNumber(text: string, out: Float64Array): void {
  out[0] = NaN;
  out[1] = NaN;
  const length = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === MINUS || first === PLUS) i = 1;
  let digits = 0; // all digits, whatever the separators: the number up to the scale
  let count = 0;
  let found = 0;
  groups[0] = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ZERO && code <= NINE) {
      digits = digits * 10 + (code - ZERO);
      count++;
      groups[found]++;
    } else if ((code === DOT || code === COMMA) && found < MAX_SEPARATORS) {
      separators[found++] = code;
      groups[found] = 0;
    } else {
      return;
    }
  }
  if (count === 0) return;
  const negative = first === MINUS;
  out[0] = value(text, COMMA, DOT, found, digits, count, negative);
  out[1] = value(text, DOT, COMMA, found, digits, count, negative);
}

/** The single-reading form of `readNumber`, for callers outside the hot loop. */
export function parseNumber(text: string, decimal: 'comma' | 'dot'): number {
  const out = new Float64Array(2);
  readNumber(text, out);
  return decimal === 'comma' ? out[0] : out[1];
}

/** The scanned number in the reading with `decimal` and `group` separators, or NaN. */
function value(
  text: string,
  decimal: number,
  group: number,
  found: number,
  digits: number,
  count: number,
  negative: boolean,
): number {
  let fractionDigits = 0;
  let grouped = false;
  for (let s = 0; s < found; s++) {
    if (separators[s] === group) {
      // A group separator: after 1–3 digits first, then exactly 3, and never after a decimal.
      if (grouped ? groups[s] !== 3 : groups[s] === 0 || groups[s] > 3) return NaN;
      grouped = true;
    } else {
      // The decimal separator: only once, last, after digits and before at least one.
      if (s !== found - 1 || groups[s + 1] === 0 || (!grouped && groups[s] === 0)) return NaN;
      if (grouped && groups[s] !== 3) return NaN;
      fractionDigits = groups[s + 1];
      grouped = false;
    }
  }
  if (grouped && groups[found] !== 3) return NaN;
  let result: number;
  if (count > EXACT_DIGITS) {
    result = Number(canonical(text, group, decimal));
  } else {
    // Below 2^53 the digits form an exact integer, so one division rounds correctly.
    result = fractionDigits === 0 ? digits : digits / 10 ** fractionDigits;
  }
  return negative ? -result : result;
}

function canonical(text: string, groupCode: number, decimalCode: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === groupCode) continue;
    out += code === decimalCode ? '.' : text[i];
  }
  return out;
}
