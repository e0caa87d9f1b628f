import { QUESTION_CASES } from '../../testing/permission-cases/questions';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), QUESTION_CASES);
});
