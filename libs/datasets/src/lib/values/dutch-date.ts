/**
 * Reads a date (with an optional time) as Dutch files write it and returns it as milliseconds
 * since the epoch, reading the wall-clock time as UTC (files rarely say their time zone, and a
 * profile compares dates with each other, not with the clock). NaN when it is not a date.
 *
 * - `31-12-2024`, `1-2-2024`, `31/12/2024`: day first, as in the Netherlands (never US order);
 * - `31-12-2024 13:45` and `31-12-2024 13:45:10`;
 * - ISO 8601: `2024-12-31`, `2024-12-31T13:45:10`, with `Z` or an offset honoured;
 * - `31 december 2024`, `1 mrt 2024`: Dutch month names, full or abbreviated.
 *
 * A scanner over one position, not a regular expression, and allocation-free: it runs for
 * every cell that starts with a digit and is not a number.
 */
export function parseDutchDate(text: string): number {
  const length = text.length;
  if (length < 8 || length > 30) return NaN;
  input = text;
  at = 0;
  const lead = digits(1, 4);
  const leadDigits = at;
  if (lead < 0) return NaN;
  const separator = text.charCodeAt(at);
  if (leadDigits === 4 && separator === DASH) {
    at++;
    const month = digits(2, 2);
    if (text.charCodeAt(at++) !== DASH) return NaN;
    return withTime(lead, month, digits(2, 2), true);
  }
  if (leadDigits > 2) return NaN;
  if (separator === DASH || separator === SLASH) {
    at++;
    const month = digits(1, 2);
    if (text.charCodeAt(at++) !== separator) return NaN;
    return withTime(digits(4, 4), month, lead, false);
  }
  if (separator === SPACE) {
    const end = text.indexOf(' ', at + 1);
    if (end < 0) return NaN;
    const month = MONTHS.get(text.slice(at + 1, end).toLowerCase());
    if (month === undefined) return NaN;
    at = end + 1;
    return withTime(digits(4, 4), month, lead, false);
  }
  return NaN;
}

const DASH = 0x2d;
const SLASH = 0x2f;
const SPACE = 0x20;
const COLON = 0x3a;

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

// The text being scanned and the position in it.
let input = '';
let at = 0;

/** Reads between `min` and `max` digits at the position; -1 when fewer are there. */
function digits(min: number, max: number): number {
  let value = 0;
  let count = 0;
  while (count < max && at < input.length) {
    const code = input.charCodeAt(at);
    if (code < 0x30 || code > 0x39) break;
    value = value * 10 + (code - 0x30);
    count++;
    at++;
  }
  return count < min ? -1 : value;
}

function withTime(year: number, month: number, day: number, iso: boolean): number {
  if (year < 0 || !(month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) {
    return NaN;
  }
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  let offsetMinutes = 0;
  if (at < input.length) {
    const separator = input[at++];
    if (separator !== ' ' && !(iso && separator === 'T')) return NaN;
    hours = digits(1, 2);
    if (input.charCodeAt(at++) !== COLON) return NaN;
    minutes = digits(2, 2);
    if (input.charCodeAt(at) === COLON) {
      at++;
      seconds = digits(2, 2);
      if (iso && input[at] === '.') {
        at++;
        if (digits(1, 9) < 0) return NaN;
      }
    }
    if (iso && at < input.length) offsetMinutes = zoneOffset();
    if (at !== input.length) return NaN;
    if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) return NaN;
    if (!(seconds >= 0 && seconds <= 59)) return NaN;
  }
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - offsetMinutes * 60_000;
}

/** `Z`, `+01:00` or `-0500`, in minutes east of UTC; NaN when it is none of those. */
function zoneOffset(): number {
  const sign = input[at];
  if (sign === 'Z') {
    at++;
    return 0;
  }
  if (sign !== '+' && sign !== '-') return NaN;
  at++;
  const hours = digits(2, 2);
  if (input.charCodeAt(at) === COLON) at++;
  const minutes = digits(2, 2);
  if (hours < 0 || minutes < 0) return NaN;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}
