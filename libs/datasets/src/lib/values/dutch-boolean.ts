/**
 * Reads a yes/no word as Dutch files write it: ja/nee, j/n, waar/onwaar, and the English
 * true/false and yes/no that exports produce. Case is ignored. 1 and 0 are not read here: they
 * are numbers unless the whole column holds only those two (see the column profile).
 */
export function parseBoolean(text: string): boolean | undefined {
  if (text.length > 6 || !INITIALS.has(text.charCodeAt(0) | 0x20)) return undefined;
  return WORDS.get(text.toLowerCase());
}

const WORDS = new Map<string, boolean>([
  ['ja', true],
  ['j', true],
  ['waar', true],
  ['true', true],
  ['yes', true],
  ['y', true],
  ['nee', false],
  ['n', false],
  ['onwaar', false],
  ['false', false],
  ['no', false],
]);

/** First letters (lower case) of the words: most cells are ruled out without lower-casing. */
const INITIALS = new Set([...WORDS.keys()].map((word) => word.charCodeAt(0)));
