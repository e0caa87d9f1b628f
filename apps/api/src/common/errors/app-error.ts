import { GraphQLError } from 'graphql';

/**
 * The error vocabulary every part of the API speaks. Each code maps to one GraphQL error code
 * and one kind of message a person understands; details for operators go to the log only.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: { field?: string; allowed?: readonly string[] } = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in to do this.');

/** Same message whether the object exists or not, so that refusals never leak existence. */
export const forbidden = (what = 'this') =>
  new AppError('FORBIDDEN', `You do not have access to ${what}, or it does not exist.`);

/** For callers who may know the object exists but whose role does not allow the action. */
export const notAllowed = () =>
  new AppError(
    'FORBIDDEN',
    'Your role does not allow this. Ask a project lead or an administrator.',
  );

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', message, { field });

export const conflict = (message: string, field?: string) =>
  new AppError('CONFLICT', message, field ? { field } : {});

export const rateLimited = (seconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `Too many attempts. Try again in ${Math.max(1, Math.ceil(seconds))} seconds.`,
  );
