/**
 * How often a dataset is meant to be updated: the EU frequency vocabulary that DCAT-AP-NL
 * uses (lower-cased), reduced to the values with a period. `irregular` and `never` have none.
 */
export type UpdateFrequency =
  | 'daily'
  | 'weekly'
  | 'monthly'
  | 'quarterly'
  | 'biannual'
  | 'annual'
  | 'biennial'
  | 'irregular'
  | 'never';

export interface Timeliness {
  /** `unknown` when the frequency has no period (irregular, never). */
  readonly status: 'timely' | 'overdue' | 'unknown';
  /** When the next update was due; null without a period. */
  readonly nextUpdateDue: Date | null;
  /** Whole days past the due date, 0 when timely. */
  readonly daysOverdue: number;
}

const DAY = 86_400_000;

/**
 * The timeliness quality indicator: is the last update within the declared update frequency?
 * A dataset is overdue from the moment one period has passed since its last update; calendar
 * periods (months, years) are counted on the calendar, so a monthly dataset updated on
 * 31 January is due on 3 March, as JavaScript's date arithmetic rolls over.
 */
export function timeliness(lastUpdated: Date, frequency: UpdateFrequency, now: Date): Timeliness {
  const due = nextUpdateDue(lastUpdated, frequency);
  if (due === null) return { status: 'unknown', nextUpdateDue: null, daysOverdue: 0 };
  const late = now.getTime() - due.getTime();
  return late > 0
    ? { status: 'overdue', nextUpdateDue: due, daysOverdue: Math.floor(late / DAY) }
    : { status: 'timely', nextUpdateDue: due, daysOverdue: 0 };
}

function nextUpdateDue(last: Date, frequency: UpdateFrequency): Date | null {
  const due = new Date(last.getTime());
  switch (frequency) {
    case 'daily':
      due.setUTCDate(due.getUTCDate() + 1);
      return due;
    case 'weekly':
      due.setUTCDate(due.getUTCDate() + 7);
      return due;
    case 'monthly':
      due.setUTCMonth(due.getUTCMonth() + 1);
      return due;
    case 'quarterly':
      due.setUTCMonth(due.getUTCMonth() + 3);
      return due;
    case 'biannual':
      due.setUTCMonth(due.getUTCMonth() + 6);
      return due;
    case 'annual':
      due.setUTCFullYear(due.getUTCFullYear() + 1);
      return due;
    case 'biennial':
      due.setUTCFullYear(due.getUTCFullYear() + 2);
      return due;
    case 'irregular':
    case 'never':
      return null;
  }
}
