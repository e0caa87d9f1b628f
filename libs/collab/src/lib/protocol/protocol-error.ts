import { CollabCloseCode } from '../close-codes';

/**
 * A frame (or a pattern of frames) this server will not process. Carries the close code for the
 * socket that sent it; the room and every other connection carry on.
 */
export class ProtocolError extends Error {
  constructor(
    readonly closeCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export const malformed = (message: string) =>
  new ProtocolError(CollabCloseCode.invalidPayload, message);

export const unsupported = (message: string) =>
  new ProtocolError(CollabCloseCode.unsupportedData, message);

export const policyViolation = (message: string) =>
  new ProtocolError(CollabCloseCode.policyViolation, message);
