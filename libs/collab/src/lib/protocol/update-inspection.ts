/**
 * A cheap look at a Yjs v1 update before it touches a live document.
 *
 * `Y.decodeUpdate` reads every struct and the delete set without integrating anything, so a
 * truncated or garbled update fails here, in time linear in its (frame-bounded) size, instead of
 * half-way through `Y.applyUpdate`, where a throw can leave a transaction partially applied.
 * What this does not catch: updates that decode but are semantically hostile (see
 * `limits.maxPendingUpdateBytes` and the README's "pathological updates").
 */
import * as Y from 'yjs';
import { malformed } from './protocol-error';
import { describeError } from '../describe-error';

export type DecodedStruct = ReturnType<typeof Y.decodeUpdate>['structs'][number];

export interface UpdateSummary {
  /** No structs and no deletions: an observer's routine sync-step-2 answer, or a no-op. */
  empty: boolean;
  /** The decoded structs, for further checks that should not decode twice. */
  structs: DecodedStruct[];
}

export function inspectUpdate(update: Uint8Array): UpdateSummary {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    throw malformed(`update does not decode: ${describeError(error)}`);
  }
  return {
    empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0,
    structs: decoded.structs,
  };
}
