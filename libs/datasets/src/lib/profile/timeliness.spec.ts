import { timeliness } from './timeliness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe(timeliness.name, () => {
  it('is timely within the period and overdue after it', () => {
    expect(timeliness(day('2024-01-15'), 'monthly', day('2024-02-15'))).toEqual({
      status: 'timely',
      nextUpdateDue: day('2024-02-15'),
      daysOverdue: 0,
    });
    expect(timeliness(day('2024-01-15'), 'monthly', day('2024-03-01'))).toEqual({
      status: 'overdue',
      nextUpdateDue: day('2024-02-15'),
      daysOverdue: 15,
    });
  });

  it.each([
    ['daily', '2024-01-02'],
    ['weekly', '2024-01-08'],
    ['quarterly', '2024-04-01'],
    ['biannual', '2024-07-01'],
    ['annual', '2025-01-01'],
    ['biennial', '2026-01-01'],
  ] as const)('knows when a %s dataset is due', (frequency, due) => {
    expect(timeliness(day('2024-01-01'), frequency, day('2024-01-01')).nextUpdateDue).toEqual(
      day(due),
    );
  });

  it('cannot judge irregular or never-updated datasets', () => {
    expect(timeliness(day('2020-01-01'), 'irregular', day('2024-01-01')).status).toBe('unknown');
    expect(timeliness(day('2020-01-01'), 'never', day('2024-01-01')).status).toBe('unknown');
  });
});
