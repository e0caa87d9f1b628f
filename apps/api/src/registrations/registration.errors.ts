import { AppError, badInput, conflict } from '../common/errors/app-error';

export const noHypotheses = () =>
  badInput(
    'questionId',
    'A question is registered with its hypotheses: propose at least one (not withdrawn) first.',
  );

export const noSigners = (names: readonly string[]) =>
  badInput(
    'questionId',
    `Every organisation of the project signs off through a member who edits (lead, moderator or contributor). None yet for: ${names.join(', ')}. Add one, then ask again.`,
  );

export const roundClosed = (status: string) =>
  conflict(
    `This registration round is ${status.replace('_', ' ')}; sign-offs are closed. A lead can ask again.`,
  );

export const alreadySigned = (organisation: string) =>
  conflict(`${organisation} has already signed off on this round.`, 'registrationId');

export const notASignatory = () =>
  new AppError(
    'FORBIDDEN',
    'Your organisation is not asked to sign off on this round. Ask a lead to request a new round.',
  );

export const reasonRequired = () =>
  badInput('reason', 'Say which changes you ask for: a reason is required.');
