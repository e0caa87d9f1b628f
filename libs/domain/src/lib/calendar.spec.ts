import { calendarMonthOf, daysBefore } from './calendar';

describe('calendarMonthOf (Europe/Amsterdam)', () => {
  it('starts a winter month at 23:00 UTC the evening before', () => {
    const month = calendarMonthOf(new Date('2026-12-03T07:48:00Z'));
    expect(month.month).toBe('2026-12');
    expect(month.start.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(month.end.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('starts a summer month at 22:00 UTC the evening before', () => {
    const month = calendarMonthOf(new Date('2026-07-15T12:00:00Z'));
    expect(month.start.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(month.end.toISOString()).toBe('2026-07-31T22:00:00.000Z');
  });

  it('spans the change to summer time: March has an hour less', () => {
    const month = calendarMonthOf(new Date('2026-03-29T12:00:00Z'));
    expect(month.start.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(month.end.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('already counts the first hour of the month in Amsterdam as the new month', () => {
    expect(calendarMonthOf(new Date('2026-11-30T23:30:00Z')).month).toBe('2026-12');
    expect(calendarMonthOf(new Date('2026-11-30T22:59:59.999Z')).month).toBe('2026-11');
  });

  it('rolls over the year', () => {
    const month = calendarMonthOf(new Date('2026-12-31T23:00:00Z'));
    expect(month.month).toBe('2027-01');
    expect(month.start.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(month.end.toISOString()).toBe('2027-01-31T23:00:00.000Z');
  });

  it('works for another zone, and UTC', () => {
    expect(calendarMonthOf(new Date('2026-05-01T03:00:00Z'), 'America/New_York').month).toBe(
      '2026-04',
    );
    expect(calendarMonthOf(new Date('2026-05-01T03:00:00Z'), 'UTC').start.toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
  });
});

describe('daysBefore', () => {
  it('counts whole 24-hour days', () => {
    expect(daysBefore(new Date('2026-12-15T10:00:00Z'), 14).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
  });
});
