import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, type ErrorCode } from '../common/errors/app-error';
import { asRefusal } from './upload-error';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * Answers every failure of the dataset HTTP routes as `{code, message}` JSON: the guard's
 * refusals (AppError), upload refusals, and anything unexpected as a logged 500 without
 * details. The rest of a refused upload is read and dropped, so the client, still sending,
 * gets to read the answer; past 16 MiB the connection is cut instead.
 */
@Catch()
export class HttpRefusalFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpRefusalFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.answer(error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.setHeader('Connection', 'close');
    res.status(status).json(body);
    if (!req.complete) discardRest(req);
  }

  private answer(error: unknown): { status: number; body: Record<string, unknown> } {
    if (error instanceof AppError) {
      return {
        status: STATUS[error.code],
        body: { code: error.code, message: error.message, ...error.extensions },
      };
    }
    const refusal = asRefusal(error);
    if (refusal) {
      return {
        status: refusal.status,
        body: { code: refusal.code, message: refusal.message, details: refusal.details },
      };
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      return { status: error.getStatus(), body: { code: 'BAD_REQUEST', message: error.message } };
    }
    this.logger.error(error);
    return {
      status: 500,
      body: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' },
    };
  }
}

const DISCARD_LIMIT = 16 * 1024 * 1024;

function discardRest(req: Request): void {
  let dropped = 0;
  req.unpipe();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_LIMIT) req.socket.destroy();
  });
  req.resume();
}
