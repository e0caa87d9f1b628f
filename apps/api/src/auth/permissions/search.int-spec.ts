import { SEARCH_CASES } from '../../testing/permission-cases/search';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), SEARCH_CASES);
});
