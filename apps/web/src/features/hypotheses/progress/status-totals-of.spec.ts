import { statusTotals } from './status-totals-of';

describe('statusTotals', () => {
  it('adds up the questions per status, in the order of the statuses, leaving out zeros', () => {
    expect(
      statusTotals([
        {
          counts: [
            { status: 'supported', count: 1 },
            { status: 'proposed', count: 2 },
            { status: 'refuted', count: 0 },
          ],
        },
        { counts: [{ status: 'proposed', count: 3 }] },
      ]),
    ).toEqual([
      { status: 'proposed', count: 5 },
      { status: 'supported', count: 1 },
    ]);
  });

  it('is empty for a project without hypotheses', () => {
    expect(statusTotals([])).toEqual([]);
  });
});
