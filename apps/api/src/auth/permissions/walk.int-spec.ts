import { PERMISSIONS } from '@ketenlab/domain';
import { ACCOUNT_CASES } from '../../testing/permission-cases/accounts';
import { DATASET_CASES } from '../../testing/permission-cases/datasets';
import { HYPOTHESIS_CASES } from '../../testing/permission-cases/hypotheses';
import { NOTIFICATION_CASES } from '../../testing/permission-cases/notifications';
import { ORGANISATION_CASES } from '../../testing/permission-cases/organisations';
import { PROJECT_CASES } from '../../testing/permission-cases/projects';
import { QUALITY_REPORT_CASES } from '../../testing/permission-cases/quality-reports';
import { QUESTION_CASES } from '../../testing/permission-cases/questions';
import { REGISTRATION_CASES } from '../../testing/permission-cases/registrations';
import { SEARCH_CASES } from '../../testing/permission-cases/search';
import { SESSION_AND_TOKEN_CASES } from '../../testing/permission-cases/sessions-and-tokens';
import { OPERATIONS, walkOperations, type Cases } from '../../testing/permission-walk';
import { CALLERS, usePermissionWorld } from '../../testing/permission-world';

/** Every domain's table, walked here in one world (one app start for some 600 tests). */
const TABLES: Cases[] = [
  ACCOUNT_CASES,
  DATASET_CASES,
  HYPOTHESIS_CASES,
  NOTIFICATION_CASES,
  ORGANISATION_CASES,
  PROJECT_CASES,
  QUALITY_REPORT_CASES,
  QUESTION_CASES,
  REGISTRATION_CASES,
  SEARCH_CASES,
  SESSION_AND_TOKEN_CASES,
];
const CASES: Cases = Object.assign({}, ...TABLES);

describe('permission matrix (API)', () => {
  const world = usePermissionWorld();

  it('has a case for every operation in the schema, each naming an action of the matrix', () => {
    expect(OPERATIONS.map((op) => op.name).filter((name) => !CASES[name])).toEqual([]);
    expect(Object.keys(CASES).filter((name) => !OPERATIONS.some((op) => op.name === name))).toEqual(
      [],
    );
    for (const { action } of Object.values(CASES))
      expect(Object.keys(PERMISSIONS)).toContain(action);
    // One table per operation: a second case would hide the first one in CASES.
    const names = TABLES.flatMap((table) => Object.keys(table));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('sets up the callers it claims', async () => {
    const { test, projectId, callers } = world();
    for (const caller of ['lead', 'moderator', 'contributor', 'observer', 'visitor'] as const) {
      const result = await test.gql(
        'query($id: ID!) { project(id: $id) { myRelation } }',
        { id: projectId },
        { token: callers[caller].token },
      );
      expect([caller, result.data?.project?.myRelation]).toEqual([caller, CALLERS[caller].project]);
    }
  });

  walkOperations(world, CASES);

  for (const operation of OPERATIONS.filter((op) => !CASES[op.name])) {
    describe(`${operation.root}.${operation.name}`, () => {
      it('has a case in the matrix walk', () => {
        throw new Error(
          `No case for ${operation.root}.${operation.name}: add it with its action to the table of its domain in testing/permission-cases`,
        );
      });
    });
  }
});
