import { CollabCloseCode, CollabRefusal } from '../close-codes';
import type {
  AttachPayload,
  AuthenticatePayload,
  AuthenticationResult,
  AwarenessUpdatePayload,
  ChangePayload,
  CollabExtension,
  DestroyDocumentPayload,
  DisconnectPayload,
  LoadDocumentPayload,
  StoreDocumentPayload,
} from '../extension';
import { describeError } from '../describe-error';
import type { CollabLogger } from '../logger';

/** Hooks whose failures are logged and never stop the next extension or the caller. */
interface NotificationPayloads {
  onChange: ChangePayload;
  onAwarenessUpdate: AwarenessUpdatePayload;
  onDisconnect: DisconnectPayload;
  onDestroyDocument: DestroyDocumentPayload;
}

type NotificationHook<K extends keyof NotificationPayloads> = (
  payload: NotificationPayloads[K],
) => Promise<void> | void;

/** Runs each hook over the extensions, in the order the host gave them. */
export class ExtensionHooks {
  constructor(
    private readonly extensions: readonly CollabExtension[],
    private readonly logger: CollabLogger,
  ) {}

  attach(payload: AttachPayload): void {
    for (const extension of this.extensions) extension.onAttach?.(payload);
  }

  /** Resolves with the last result any extension returned; refuses (4401) if none did. */
  async authenticate(
    payload: Omit<AuthenticatePayload, 'authenticated'>,
  ): Promise<AuthenticationResult> {
    let authenticated: AuthenticationResult | null = null;
    for (const extension of this.extensions) {
      if (!extension.onAuthenticate) continue;
      const result = await extension.onAuthenticate({ ...payload, authenticated });
      if (result) authenticated = result;
    }
    if (!authenticated) {
      throw new CollabRefusal(CollabCloseCode.unauthenticated, 'authentication required');
    }
    return authenticated;
  }

  async loadDocument(payload: LoadDocumentPayload): Promise<void> {
    for (const extension of this.extensions) await extension.onLoadDocument?.(payload);
  }

  async storeDocument(payload: StoreDocumentPayload): Promise<void> {
    for (const extension of this.extensions) await extension.onStoreDocument?.(payload);
  }

  async notify<K extends keyof NotificationPayloads>(
    hook: K,
    payload: NotificationPayloads[K],
  ): Promise<void> {
    for (const extension of this.extensions) {
      // TypeScript cannot correlate `extension[hook]` with `NotificationPayloads[K]` by itself.
      const run = extension[hook] as NotificationHook<K> | undefined;
      if (!run) continue;
      try {
        await run.call(extension, payload);
      } catch (error) {
        this.logger.error(`${hook} failed`, {
          extension: extension.name ?? 'anonymous',
          documentName: payload.documentName,
          error: describeError(error),
        });
      }
    }
  }
}
