import { HYPOTHESIS_CASES } from '../../testing/permission-cases/hypotheses';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), HYPOTHESIS_CASES);
});
