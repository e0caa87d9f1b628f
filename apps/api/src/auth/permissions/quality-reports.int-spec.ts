import { QUALITY_REPORT_CASES } from '../../testing/permission-cases/quality-reports';
import { walkOperations } from '../../testing/permission-walk';
import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  walkOperations(usePermissionWorld(), QUALITY_REPORT_CASES);
});
