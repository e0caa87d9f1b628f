import type { HypothesisStatus } from '@ketenlab/domain';
import { AppError } from '../common/errors/app-error';

const listed = (allowed: readonly HypothesisStatus[]) =>
  allowed.length ? allowed.join(', ') : 'none (you cannot move it)';

/** A move the lifecycle does not have. Names the moves the caller could make instead. */
export const illegalTransition = (
  from: HypothesisStatus,
  to: HypothesisStatus,
  allowed: readonly HypothesisStatus[],
) =>
  new AppError(
    'BAD_USER_INPUT',
    `A hypothesis that is ${from} cannot become ${to}. Allowed for you: ${listed(allowed)}.`,
    { field: 'to', allowed },
  );

/** A legal move that the caller's role (or not owning the hypothesis) does not allow. */
export const transitionNotAllowed = (
  from: HypothesisStatus,
  to: HypothesisStatus,
  allowed: readonly HypothesisStatus[],
) =>
  new AppError(
    'FORBIDDEN',
    `Your role does not allow moving this hypothesis from ${from} to ${to}. Allowed for you: ${listed(allowed)}.`,
    { allowed },
  );

/** Someone else moved the hypothesis between reading and writing. */
export const movedMeanwhile = () =>
  new AppError(
    'CONFLICT',
    'Someone else changed the status of this hypothesis just now. Reload and try again.',
  );

/** Statement, partners and tags are what a verdict judged, so they change only while open. */
export const closedHypothesis = (status: HypothesisStatus) =>
  new AppError('CONFLICT', `This hypothesis is ${status}; reopen it before changing what it says.`);
