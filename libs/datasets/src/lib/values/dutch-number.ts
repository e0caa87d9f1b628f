const DOT = 0x2e;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;
const PLUS = 0x2b;

/** Written numbers beyond this many digits are read by `Number()`, which rounds correctly. */
const EXACT_DIGITS = 15;

/**
 * Reads a number in one of the two ways Dutch files write them:
 * - Dutch: decimal comma, optional thousands dots: `1.234,56`, `-0,5`, `1.234.567`;
 * - dot-decimal (English, and what many exports and scripts write): `1234.56`, `1,234.56`.
 *
 * Thousands separators must group exactly three digits (`1.234`, not `1.23`), which is what
 * makes most values unambiguous. Returns NaN for anything else, including empty strings,
 * spaces, exponents and currency signs. Hand-written instead of a regular expression because
 * it runs for every cell of every upload.
 */
export function parseNumber(text: string, decimal: 'comma' | 'dot'): number {
  const decimalCode = decimal === 'comma' ? COMMA : DOT;
  const groupCode = decimal === 'comma' ? DOT : COMMA;
  const length = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === MINUS || first === PLUS) {
    negative = first === MINUS;
    i = 1;
  }
  let whole = 0;
  let digits = 0;
  let groupDigits = 0; // digits since the last group separator, or in the first group
  let grouped = false;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ZERO && code <= NINE) {
      whole = whole * 10 + (code - ZERO);
      digits++;
      groupDigits++;
    } else if (code === groupCode) {
      if (grouped ? groupDigits !== 3 : groupDigits === 0 || groupDigits > 3) return NaN;
      grouped = true;
      groupDigits = 0;
    } else if (code === decimalCode) {
      break;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || (grouped && groupDigits !== 3)) return NaN;
  let fraction = 0;
  let fractionDigits = 0;
  if (i < length) {
    for (i++; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code < ZERO || code > NINE) return NaN;
      fraction = fraction * 10 + (code - ZERO);
      fractionDigits++;
    }
    if (fractionDigits === 0) return NaN;
  }
  let value: number;
  if (digits + fractionDigits > EXACT_DIGITS) {
    value = Number(canonical(text, groupCode, decimalCode));
  } else {
    // Below 2^53 the digits form an exact integer, so one division rounds correctly.
    const scale = 10 ** fractionDigits;
    value = fractionDigits === 0 ? whole : (whole * scale + fraction) / scale;
  }
  return negative ? -value : value;
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
