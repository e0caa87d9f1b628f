import { Injectable } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import type { IncomingMessage } from 'node:http';
import { AuthService } from './auth.service';
import { anonymousPrincipal, type Principal } from './principal';
import { SESSION_COOKIE } from './session-cookie';

/**
 * Works out who opened a websocket: the session cookie sent with the upgrade request (same
 * origin), or a token in the connection parameters (API clients, the y-websocket `params`).
 */
@Injectable()
export class SocketAuthenticator {
  constructor(private readonly auth: AuthService) {}

  async principalFor(request: IncomingMessage, token?: unknown): Promise<Principal> {
    const principal = anonymousPrincipal(request.socket.remoteAddress ?? 'unknown');
    const fromParams = typeof token === 'string' && token ? token : null;
    const fromCookie = parseCookies(request.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
    const secret = fromParams ?? fromCookie;
    if (!secret) return principal;
    const found = await this.auth.authenticate(secret);
    if (!found) return principal;
    return {
      ...principal,
      user: found.user,
      tokenId: found.token.id,
      origin: fromParams ? 'api' : 'web',
    };
  }
}
