import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError, type ErrorCode } from './app-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * Our own errors are answers, not faults: without this filter Nest logs every refused sign-in
 * and every FORBIDDEN at error level with a stack trace, which buries the real faults. GraphQL
 * gets the error back to format it; plain HTTP routes answer with the same code and message.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code])
      .json({ code: error.code, message: error.message, ...error.extensions });
  }
}
