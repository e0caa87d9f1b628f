import {
  handlesQualityReports,
  isUnresolvedQualityReport,
  QUALITY_REPORT_STATES,
  qualityReportMoves,
  stateAfterReply,
} from './quality-report';
import { PROJECT_RELATIONS, type ProjectRelation } from './roles';

const as = (relation: ProjectRelation, inOwnerOrganisation: boolean) => ({
  relation,
  inOwnerOrganisation,
});

describe('quality report lifecycle', () => {
  it('counts open and answered as unresolved, the resolutions not', () => {
    expect(QUALITY_REPORT_STATES.filter(isUnresolvedQualityReport)).toEqual(['open', 'answered']);
  });

  it('lets only editing members of the owner organisation handle reports', () => {
    const handlers = PROJECT_RELATIONS.flatMap((relation) =>
      [true, false]
        .filter((owner) => handlesQualityReports(as(relation, owner)))
        .map((owner) => `${relation}:${owner}`),
    );
    expect(handlers).toEqual(['lead:true', 'moderator:true', 'contributor:true']);
  });

  it.each([
    ['lead', true, 'open', ['reply', 'confirm', 'reject']],
    ['contributor', true, 'answered', ['reply', 'confirm', 'reject']],
    ['lead', false, 'open', ['reply']],
    ['observer', true, 'open', ['reply']],
    ['observer', false, 'answered', ['reply']],
    ['outsider', true, 'open', []],
    ['lead', true, 'confirmed', []],
    ['contributor', true, 'rejected', []],
  ] as const)('%s (owner organisation: %s) on %s may %j', (relation, owner, state, moves) => {
    expect(qualityReportMoves(state, as(relation, owner))).toEqual(moves);
  });

  it('leaves a report answered after the owner replies, and open after anyone else does', () => {
    expect(stateAfterReply(as('contributor', true))).toBe('answered');
    expect(stateAfterReply(as('contributor', false))).toBe('open');
    expect(stateAfterReply(as('observer', true))).toBe('open');
  });
});
