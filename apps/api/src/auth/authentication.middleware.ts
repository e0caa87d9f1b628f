import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from './auth.service';
import { anonymousPrincipal } from './principal';
import { attachPrincipal } from './request-principal';
import { credentialsOf } from './session-cookie';

/**
 * Establishes who is calling before any resolver runs. An unknown or expired credential makes
 * the caller anonymous rather than failing the request: public operations still work, and
 * guarded ones answer UNAUTHENTICATED.
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    try {
      const principal = anonymousPrincipal(req.ip ?? 'unknown');
      const credentials = credentialsOf(req);
      if (credentials) {
        const found = await this.auth.authenticate(credentials.token);
        if (found) {
          principal.user = found.user;
          principal.tokenId = found.token.id;
          principal.origin = credentials.origin;
        }
      }
      attachPrincipal(req, principal);
      next();
    } catch (error) {
      next(error);
    }
  }
}
