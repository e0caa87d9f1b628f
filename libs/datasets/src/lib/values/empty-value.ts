/**
 * Whether a cell means "no value". Besides empty cells: `.`, CBS's mark for "unknown or
 * secret", and the usual spellings of not-applicable. `-` is deliberately not here: CBS uses
 * it for "nil" (zero), which is a value.
 */
export function isEmptyValue(text: string): boolean {
  if (text.length === 0) return true;
  if (text.length > 6) return false;
  // Every mark starts with one of these; the set lookup is for the few cells that do too.
  const first = text.charCodeAt(0);
  return (first === 0x2e || first === 0x4e || first === 0x6e || first === 0x23) && EMPTY.has(text);
}

const EMPTY = new Set(['.', 'NULL', 'null', 'NA', 'N/A', 'n/a', '#N/A', 'n.v.t.', 'nvt']);
