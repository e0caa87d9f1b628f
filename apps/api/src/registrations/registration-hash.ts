import { canonicalRegistrationJson, type RegistrationContent } from '@ketenlab/domain';
import { createHash } from 'node:crypto';

/** sha256 (hex) over the canonical form libs/domain defines; the one place the API hashes. */
export function registrationHash(content: RegistrationContent): string {
  return createHash('sha256').update(canonicalRegistrationJson(content), 'utf8').digest('hex');
}
