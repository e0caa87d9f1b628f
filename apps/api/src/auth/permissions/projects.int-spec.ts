import { PROJECT_CASES } from '../../testing/permission-cases/projects';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), PROJECT_CASES);
});
