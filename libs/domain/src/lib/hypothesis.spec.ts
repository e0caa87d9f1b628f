import {
  allowedTransitions,
  HYPOTHESIS_STATUSES,
  HYPOTHESIS_TRANSITIONS,
  isExternalSourceUrl,
  isOpenHypothesis,
  mayPerform,
  transitionRule,
  type HypothesisStatus,
} from './hypothesis';
import { allowsProject } from './permissions';
import { PROJECT_RELATIONS, type ProjectRelation } from './roles';

const as = (relation: ProjectRelation, isOwner = false) => ({ relation, isOwner });

describe('hypothesis lifecycle', () => {
  it('has exactly the moves of the design', () => {
    expect(HYPOTHESIS_TRANSITIONS.map((r) => `${r.from}→${r.to}`).sort()).toEqual(
      [
        'proposed→under_investigation',
        'under_investigation→supported',
        'under_investigation→refuted',
        'under_investigation→inconclusive',
        'proposed→withdrawn',
        'under_investigation→withdrawn',
        'supported→under_investigation',
        'refuted→under_investigation',
        'inconclusive→under_investigation',
      ].sort(),
    );
  });

  it('asks a rationale and evidence of verdicts, a rationale of reopening, nothing else', () => {
    const needs = (from: HypothesisStatus, to: HypothesisStatus) => {
      const rule = transitionRule(from, to);
      return [rule?.needsRationale, rule?.needsEvidence];
    };
    expect(needs('under_investigation', 'supported')).toEqual([true, true]);
    expect(needs('under_investigation', 'refuted')).toEqual([true, true]);
    expect(needs('under_investigation', 'inconclusive')).toEqual([true, true]);
    expect(needs('refuted', 'under_investigation')).toEqual([true, false]);
    expect(needs('proposed', 'under_investigation')).toEqual([false, false]);
    expect(needs('proposed', 'withdrawn')).toEqual([false, false]);
  });

  it('ends at withdrawn: nothing leaves it', () => {
    for (const relation of PROJECT_RELATIONS)
      expect(allowedTransitions('withdrawn', as(relation, true))).toEqual([]);
    expect(isOpenHypothesis('withdrawn')).toBe(false);
    expect(isOpenHypothesis('under_investigation')).toBe(true);
  });

  it.each([
    ['lead', false, 'proposed', ['under_investigation', 'withdrawn']],
    ['lead', false, 'under_investigation', ['supported', 'refuted', 'inconclusive', 'withdrawn']],
    ['lead', false, 'supported', ['under_investigation']],
    ['moderator', false, 'proposed', ['under_investigation']],
    ['moderator', true, 'proposed', ['under_investigation', 'withdrawn']],
    ['contributor', false, 'proposed', ['under_investigation']],
    ['contributor', true, 'proposed', ['under_investigation', 'withdrawn']],
    ['contributor', true, 'under_investigation', ['withdrawn']],
    ['contributor', false, 'under_investigation', []],
    ['contributor', true, 'refuted', []],
    ['observer', true, 'proposed', []],
    ['visitor', false, 'proposed', []],
    ['outsider', false, 'under_investigation', []],
  ] as const)('lets a %s (owner: %s) move %s to %j', (relation, isOwner, from, to) => {
    expect(allowedTransitions(from, as(relation, isOwner))).toEqual(to);
  });

  it('reserves verdicts and reopening to the lead', () => {
    for (const rule of HYPOTHESIS_TRANSITIONS.filter((r) => r.needsRationale)) {
      for (const relation of PROJECT_RELATIONS)
        expect([rule.to, relation, mayPerform(rule, as(relation, true))]).toEqual([
          rule.to,
          relation,
          relation === 'lead',
        ]);
    }
  });

  it('names only moves that the transition permission lets the caller ask for', () => {
    for (const rule of HYPOTHESIS_TRANSITIONS)
      for (const relation of PROJECT_RELATIONS)
        if (mayPerform(rule, as(relation, true)))
          expect(allowsProject('hypothesis.transition', relation)).toBe(true);
  });

  it('lists statuses in lifecycle order', () => {
    expect(HYPOTHESIS_STATUSES.indexOf('proposed')).toBe(0);
    expect(allowedTransitions('under_investigation', as('lead'))).toEqual([
      'supported',
      'refuted',
      'inconclusive',
      'withdrawn',
    ]);
  });
});

describe('external evidence URLs', () => {
  it.each(['https://cbs.nl/cijfers', 'http://example.org/a?b=c'])('accepts %s', (url) => {
    expect(isExternalSourceUrl(url)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'cbs.nl', ''])(
    'refuses %p',
    (url) => {
      expect(isExternalSourceUrl(url)).toBe(false);
    },
  );
});
