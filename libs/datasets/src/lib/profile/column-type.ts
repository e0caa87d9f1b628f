import type { ColumnType } from './dataset-profile';

/** What one pass over a column saw, as counts; `inferColumnType` turns it into a type. */
export interface ColumnEvidence {
  readonly nonEmpty: number;
  readonly booleanWords: number;
  readonly zeros: number;
  readonly ones: number;
  /** Values that read as numbers with a decimal comma (Dutch) and with a decimal dot. */
  readonly decimalComma: NumberEvidence;
  readonly decimalDot: NumberEvidence;
  readonly dates: number;
  /** Values shaped like codes: see `isCodeLike`. */
  readonly codeLike: number;
  /** Values of digits only, and the shortest and longest text value. */
  readonly digitsOnly: number;
  readonly minLength: number;
  readonly maxLength: number;
  readonly distinct: number;
  readonly distinctExact: boolean;
}

export interface NumberEvidence {
  readonly count: number;
  readonly nonIntegers: number;
}

export interface InferredType {
  readonly type: ColumnType;
  /** How many non-empty values fit the type. */
  readonly conforming: number;
  readonly numberFormat?: 'decimal-comma' | 'decimal-dot';
}

/**
 * Share of non-empty values that must fit a type for the column to get it. Real files carry
 * the odd typo; one `onbekend` among a thousand numbers should not make a column text. The
 * misfits are reported as `nonConforming`.
 */
export const TYPE_THRESHOLD = 0.99;
/** Distinct values / non-empty values from which a code column is an identifier. */
export const IDENTIFIER_UNIQUENESS = 0.95;
/** A category has at most this many distinct values, each used twice on average. */
export const CATEGORY_MAX_DISTINCT = 1000;
/** Digit-only identifiers (BSN, KvK number) are fixed-width and at least this long. */
const NUMERIC_IDENTIFIER_MIN_LENGTH = 6;

/**
 * The rules, in order; the first that holds decides.
 * 1. empty: no value at all.
 * 2. identifier: (nearly) every value is distinct and is a code — letters with digits
 *    (`BU03630101`, `GM0363`), digits with a leading zero (`0363`), a postcode (`1234 AB`), or
 *    fixed-width digit strings of six or more (BSN- or KvK-like). Checked before numbers
 *    because these look numeric but are names, and a mean of postcodes means nothing.
 * 3. boolean: yes/no words (ja/nee, j/n, true/false, …), or a column holding exactly the two
 *    values 0 and 1. A column of only 0 or only 1 stays integer: one value says nothing about
 *    being a flag, while a count column that is 0 or 1 everywhere is rare and still shows its
 *    values in the most frequent values.
 * 4. integer / decimal: numbers, read with a decimal comma unless more values read as
 *    decimal-dot numbers (`1.5`, `1,234.5`), so `1.234` is 1234 in a Dutch column.
 * 5. date.
 * 6. category: at most 1000 distinct values, each seen twice on average.
 * 7. text.
 */
export function inferColumnType(e: ColumnEvidence): InferredType {
  const n = e.nonEmpty;
  if (n === 0) return { type: 'empty', conforming: 0 };
  const enough = (count: number) => count >= n * TYPE_THRESHOLD;

  const unique = n >= 2 && e.distinct >= n * IDENTIFIER_UNIQUENESS;
  const numericCode =
    e.digitsOnly === n &&
    e.minLength === e.maxLength &&
    e.minLength >= NUMERIC_IDENTIFIER_MIN_LENGTH;
  if (unique && (enough(e.codeLike) || numericCode)) {
    return { type: 'identifier', conforming: numericCode ? n : e.codeLike };
  }
  if (enough(e.booleanWords)) return { type: 'boolean', conforming: e.booleanWords };
  if (e.zeros > 0 && e.ones > 0 && e.zeros + e.ones === n) {
    return { type: 'boolean', conforming: n };
  }
  const dot = e.decimalDot.count > e.decimalComma.count;
  const numbers = dot ? e.decimalDot : e.decimalComma;
  if (enough(numbers.count)) {
    return {
      type: numbers.nonIntegers === 0 ? 'integer' : 'decimal',
      conforming: numbers.count,
      numberFormat: dot ? 'decimal-dot' : 'decimal-comma',
    };
  }
  if (enough(e.dates)) return { type: 'date', conforming: e.dates };
  if (e.distinctExact && e.distinct <= CATEGORY_MAX_DISTINCT && e.distinct * 2 <= n) {
    return { type: 'category', conforming: n };
  }
  return { type: 'text', conforming: n };
}

/**
 * A code: 2 to 40 characters of letters, digits, `-`, `_` and `/` with at least one digit and
 * either a letter or a leading zero; or a Dutch postcode (`1234 AB`, `1234AB`).
 */
export function isCodeLike(text: string): boolean {
  const length = text.length;
  if (length < 2 || length > 40) return false;
  if (length === 7 && text.charCodeAt(4) === 0x20) return isPostcode(text);
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) letters++;
    else if (code !== 0x2d && code !== 0x5f && code !== 0x2f) return false;
  }
  return digits > 0 && (letters > 0 || text.charCodeAt(0) === 0x30);
}

function isPostcode(text: string): boolean {
  for (let i = 0; i < 4; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return /^[A-Za-z]{2}$/.test(text.slice(5));
}
