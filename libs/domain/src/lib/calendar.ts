/**
 * Calendar periods as people in the projects count them: a month runs from midnight on the
 * first in Amsterdam, whatever the server's time zone, and "this month" changes there at
 * midnight, not at midnight UTC.
 */
export const PROJECT_TIME_ZONE = 'Europe/Amsterdam';

export interface CalendarMonth {
  /** `YYYY-MM` in the time zone. */
  month: string;
  /** The first instant of the month. */
  start: Date;
  /** The first instant of the next month (exclusive end). */
  end: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The wall-clock year and month (1-12) at `instant` in `timeZone`. */
function wallMonth(instant: Date, timeZone: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') };
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: UTC itself
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60 * 1000;
}

/**
 * The instant of local midnight on the first of `month` (1-12, may be 13 for January next
 * year). Midnight is never skipped by a daylight-saving change in the zones we serve (they
 * change at 02:00 or 03:00), so one correction with the offset of that day is exact.
 */
function monthStart(year: number, month: number, timeZone: string): Date {
  const utcMidnight = Date.UTC(year, month - 1, 1);
  // The offset at noon of that day is the one in force at its midnight (changes are at night).
  const offset = offsetAt(new Date(utcMidnight + DAY_MS / 2), timeZone);
  return new Date(utcMidnight - offset);
}

/** The calendar month in `timeZone` that `instant` falls in. */
export function calendarMonthOf(instant: Date, timeZone = PROJECT_TIME_ZONE): CalendarMonth {
  const { year, month } = wallMonth(instant, timeZone);
  return {
    month: `${year}-${String(month).padStart(2, '0')}`,
    start: monthStart(year, month, timeZone),
    end: monthStart(year, month + 1, timeZone),
  };
}

/** Whole days of `days` × 24 hours before `instant`: the edge of "no activity for N days". */
export function daysBefore(instant: Date, days: number): Date {
  return new Date(instant.getTime() - days * DAY_MS);
}
