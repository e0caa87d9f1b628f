/**
 * Reads a date (with an optional time) as Dutch files write it and returns it as milliseconds
 * since the epoch, reading the wall-clock time as UTC (files rarely say their time zone, and a
 * profile compares dates with each other, not with the clock). NaN when it is not a date.
 *
 * - `31-12-2024`, `1-2-2024`, `31/12/2024`: day first, as in the Netherlands (never US order);
 * - `31-12-2024 13:45` and `31-12-2024 13:45:10`;
 * - ISO 8601: `2024-12-31`, `2024-12-31T13:45:10`, with `Z` or an offset honoured;
 * - `31 december 2024`, `1 mrt 2024`: Dutch month names, full or abbreviated.
 */
export function parseDutchDate(text: string): number {
  const length = text.length;
  if (length < 8 || length > 30) return NaN;
  const first = text.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return NaN;
  const cursor = { text, at: 0 };
  const lead = digits(cursor, 1, 4);
  const separator = text[cursor.at];
  if (lead.count === 4 && separator === '-') {
    cursor.at++;
    const month = digits(cursor, 2, 2);
    if (text[cursor.at++] !== '-') return NaN;
    const day = digits(cursor, 2, 2);
    return withTime(cursor, lead.value, month.value, day.value, true);
  }
  if (lead.count > 2) return NaN;
  if (separator === '-' || separator === '/') {
    cursor.at++;
    const month = digits(cursor, 1, 2);
    if (text[cursor.at++] !== separator) return NaN;
    const year = digits(cursor, 4, 4);
    return withTime(cursor, year.value, month.value, lead.value, false);
  }
  if (separator === ' ') {
    const end = text.indexOf(' ', cursor.at + 1);
    if (end < 0) return NaN;
    const month = MONTHS.get(text.slice(cursor.at + 1, end).toLowerCase());
    if (month === undefined) return NaN;
    cursor.at = end + 1;
    const year = digits(cursor, 4, 4);
    return withTime(cursor, year.value, month, lead.value, false);
  }
  return NaN;
}

const MONTHS = new Map<string, number>();
[
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['maart', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
].forEach((names, index) => names.forEach((name) => MONTHS.set(name, index + 1)));

interface Cursor {
  readonly text: string;
  at: number;
}

/** Reads between `min` and `max` digits; a count of -1 (and NaN value) when fewer are there. */
function digits(cursor: Cursor, min: number, max: number): { value: number; count: number } {
  let value = 0;
  let count = 0;
  while (count < max && cursor.at < cursor.text.length) {
    const code = cursor.text.charCodeAt(cursor.at);
    if (code < 0x30 || code > 0x39) break;
    value = value * 10 + (code - 0x30);
    count++;
    cursor.at++;
  }
  return count < min ? { value: NaN, count: -1 } : { value, count };
}

function withTime(cursor: Cursor, year: number, month: number, day: number, iso: boolean): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return NaN;
  const { text } = cursor;
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  let offsetMinutes = 0;
  if (cursor.at < text.length) {
    const separator = text[cursor.at++];
    if (separator !== ' ' && !(iso && separator === 'T')) return NaN;
    hours = digits(cursor, 1, 2).value;
    if (text[cursor.at++] !== ':') return NaN;
    minutes = digits(cursor, 2, 2).value;
    if (text[cursor.at] === ':') {
      cursor.at++;
      seconds = digits(cursor, 2, 2).value;
      if (iso && text[cursor.at] === '.') {
        cursor.at++;
        if (digits(cursor, 1, 9).count < 0) return NaN;
      }
    }
    if (iso && cursor.at < text.length) {
      offsetMinutes = zoneOffset(cursor);
    }
    if (cursor.at !== text.length) return NaN;
    if (!(hours <= 23 && minutes <= 59 && seconds <= 59)) return NaN;
  }
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - offsetMinutes * 60_000;
}

/** `Z`, `+01:00` or `-0500`; moves the cursor past it, or leaves it (and returns NaN). */
function zoneOffset(cursor: Cursor): number {
  const sign = cursor.text[cursor.at];
  if (sign === 'Z') {
    cursor.at++;
    return 0;
  }
  if (sign !== '+' && sign !== '-') return NaN;
  cursor.at++;
  const hours = digits(cursor, 2, 2).value;
  if (cursor.text[cursor.at] === ':') cursor.at++;
  const minutes = digits(cursor, 2, 2).value;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}
