/**
 * Whether a cell means "no value". Besides empty cells: `.`, CBS's mark for "unknown or
 * secret", and the usual spellings of not-applicable. `-` is deliberately not here: CBS uses
 * it for "nil" (zero), which is a value.
 */
export function isEmptyValue(text: string): boolean {
  return text.length === 0 || (text.length <= 6 && EMPTY.has(text));
}

const EMPTY = new Set(['.', 'NULL', 'null', 'NA', 'N/A', 'n/a', '#N/A', 'n.v.t.', 'nvt']);
