import { LIMITS } from '@ketenlab/domain';
import { hypothesisDraftProblems, type HypothesisDraft } from './hypothesis-draft';

const draft: HypothesisDraft = {
  statement: 'Huurachterstand daalt met vroegsignalering',
  rationale: '',
  direction: 'none',
  partnerIds: [],
  tagText: 'huur, schulden',
};
const claim = { claim: true };

describe('hypothesisDraftProblems', () => {
  it('finds nothing in a draft the API takes', () => {
    expect(hypothesisDraftProblems(draft, claim)).toEqual({});
  });

  it('asks for a statement, and one long enough once trimmed', () => {
    expect(hypothesisDraftProblems({ ...draft, statement: '   ' }, claim)).toEqual({
      statement: 'required',
    });
    const short = ` ${'x'.repeat(LIMITS.hypothesisStatementMin - 1)} `;
    expect(hypothesisDraftProblems({ ...draft, statement: short }, claim)).toEqual({
      statement: 'tooShort',
    });
    const enough = 'x'.repeat(LIMITS.hypothesisStatementMin);
    expect(hypothesisDraftProblems({ ...draft, statement: enough }, claim)).toEqual({});
  });

  it('refuses tags beyond the limits', () => {
    const long = 'x'.repeat(LIMITS.hypothesisTagMax + 1);
    expect(hypothesisDraftProblems({ ...draft, tagText: `huur, ${long}` }, claim)).toEqual({
      tags: 'unfit',
    });
  });

  it('leaves the statement alone when the claim is not shown, but still checks the tags', () => {
    const long = 'x'.repeat(LIMITS.hypothesisTagMax + 1);
    expect(
      hypothesisDraftProblems({ ...draft, statement: '', tagText: long }, { claim: false }),
    ).toEqual({ tags: 'unfit' });
  });
});
