import { SESSION_AND_TOKEN_CASES } from '../../testing/permission-cases/sessions-and-tokens';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), SESSION_AND_TOKEN_CASES);
});
