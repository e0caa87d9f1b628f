import { ORGANISATION_CASES } from '../../testing/permission-cases/organisations';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), ORGANISATION_CASES);
});
