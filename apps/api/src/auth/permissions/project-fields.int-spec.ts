import type { Action } from '@ketenlab/domain';
import { getNamedType, isObjectType } from 'graphql';
import { SCHEMA } from '../../testing/permission-walk';
import {
  CALLER_NAMES,
  expected,
  usePermissionWorld,
  type Caller,
} from '../../testing/permission-world';
import { outcome } from '../../testing/test-app';

/** Project fields that carry their own permission, with a selection that exercises them. */
const PROJECT_FIELDS: Record<string, { action: Action; selection: string }> = {
  members: { action: 'project.members.read', selection: 'members { role user { id } }' },
  activity: {
    action: 'project.activity.read',
    selection: 'activity { items { action actor { id } } }',
  },
  changesSinceLastVisit: {
    action: 'project.activity.read',
    selection:
      'changesSinceLastVisit { lastSeenAt total counts { action count } items { actor { id } } }',
  },
  partners: { action: 'project.read', selection: 'partners { id }' },
  ownerOrganisation: { action: 'project.read', selection: 'ownerOrganisation { id }' },
  myRelation: { action: 'project.read', selection: 'myRelation' },
  questions: {
    action: 'question.read',
    selection: `questions { id versions { id createdBy { id name } } documentName
      registration { id }
      registrations { id requestedBy { id } hypotheses { id } deviations { kind lines { text } }
        signOffs { organisation { id } by { id } mayDecide } } }`,
  },
  datasets: {
    action: 'dataset.read',
    selection: `datasets { id ownerOrganisation { id } publisher { id } creator { id }
      rowOrganisations { id } mayReadRows }`,
  },
  /** Reached through Project.datasets, which every quality reader may also read. */
  'datasets.qualityReports': {
    action: 'qualityReport.read',
    selection: `datasets { openQualityReportCount qualityReports { id reporter { id }
      reporterOrganisation { id } resolvedBy { id } allowedMoves dataset { id }
      messages { author { id } } } }`,
  },
  /** Reached through Project.hypotheses; the flags' dataset through dataset.read. */
  'hypotheses.dataChanges': {
    action: 'hypothesis.read',
    selection: `hypotheses { dataChanges(includeAcknowledged: true) { id raisedBy { id }
      acknowledgedBy { id } dataset { id } } }`,
  },
  hypotheses: {
    action: 'hypothesis.read',
    selection: `hypotheses { id owner { id } partners { id } tags allowedTransitions
      history { by { id } evidence { kind } } }`,
  },
  hypothesisProgress: {
    action: 'hypothesis.read',
    selection: `hypothesisProgress { questions { title counts { status count } }
      verdictsThisMonth { total } staleAfterDays staleCount stale { id owner { id } } }`,
  },
};

describe('permission matrix (API)', () => {
  const world = usePermissionWorld();

  describe('Project fields', () => {
    const projectType = SCHEMA.getType('Project');
    const readers = CALLER_NAMES.filter((caller) => expected('project.read', caller) === 'OK');

    it('has a permission case for every object-typed field of Project', () => {
      if (!isObjectType(projectType)) throw new Error('Project is not an object type');
      const objectFields = Object.values(projectType.getFields())
        .filter((field) => isObjectType(getNamedType(field.type)))
        .map((field) => field.name);
      expect(objectFields.filter((name) => !PROJECT_FIELDS[name])).toEqual([]);
    });

    for (const [field, { action, selection }] of Object.entries(PROJECT_FIELDS)) {
      it.each(readers.map((caller) => [caller, expected(action, caller)] as const))(
        `${field} as %s → %s`,
        async (caller, want) => {
          const { test, projectId } = world();
          const result = await test.gql(
            `query($id: ID!) { project(id: $id) { id ${selection} } }`,
            { id: projectId },
            { token: world().callers[caller as Exclude<Caller, 'anonymous'>].token },
          );
          expect(outcome(result)).toBe(want);
          if (want !== 'OK') {
            expect(result.errors![0].path).toEqual(['project', field.split('.')[0]]);
          }
        },
      );
    }

    it.each(['members { role }', 'activity { items { id } }'])(
      'refuses the visitor %s in the project list too',
      async (selection) => {
        const result = await world().test.gql(
          `{ projects { id ${selection} } }`,
          {},
          { token: world().callers.visitor.token },
        );
        expect(outcome(result)).toBe('FORBIDDEN');
        expect(result.errors![0].path).toEqual([
          'projects',
          expect.any(Number),
          selection.split(' ')[0],
        ]);
      },
    );
  });
});
