import { REGISTRATION_CASES } from '../../testing/permission-cases/registrations';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), REGISTRATION_CASES);
});
