import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'ketenlab_session';
/** Sessions end after this much inactivity; each use slides the window. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

export function setSessionCookie(res: Response, token: string, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: SESSION_IDLE_MS,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
  });
}

/** A bearer token wins over the cookie: API clients say explicitly who they are. */
export function credentialsOf(
  req: Pick<Request, 'headers' | 'cookies'>,
): { token: string; origin: 'web' | 'api' } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), origin: 'api' };
  const cookie = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie ? { token: cookie, origin: 'web' } : null;
}
