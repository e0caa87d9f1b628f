import { NOTIFICATION_CASES } from '../../testing/permission-cases/notifications';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), NOTIFICATION_CASES);
});
