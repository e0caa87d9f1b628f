import { CollabCloseCode, CollabRefusal } from '../lib/close-codes';
import type { AuthenticatePayload, AuthenticationResult, CollabExtension } from '../lib/extension';

/**
 * Authentication for tests, driven by the client's params:
 * - `token=<userId>` signs in as that user; `token=<userId>:observer` read-only;
 * - no token → 4401; a document named `forbidden.*` → 4403; `missing.*` → 4404.
 * `delayMs` makes every authentication slow, to test what happens meanwhile.
 */
export class TestAuthExtension implements CollabExtension {
  readonly name = 'test-auth';
  calls = 0;

  constructor(private readonly delayMs = 0) {}

  async onAuthenticate({
    params,
    documentName,
  }: AuthenticatePayload): Promise<AuthenticationResult> {
    this.calls++;
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const token = params.get('token');
    if (!token) throw new CollabRefusal(CollabCloseCode.unauthenticated, 'no token');
    if (documentName.startsWith('forbidden.')) {
      throw new CollabRefusal(CollabCloseCode.forbidden, 'not a member of this project');
    }
    if (documentName.startsWith('missing.')) {
      throw new CollabRefusal(CollabCloseCode.unknownDocument, 'no such document');
    }
    const [userId, role] = token.split(':');
    return {
      identity: {
        userId,
        name: `User ${userId}`,
        organisation: `Org of ${userId}`,
        colour: '#123456',
      },
      readOnly: role === 'observer',
    };
  }
}
