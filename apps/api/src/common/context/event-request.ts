import type { Request } from 'express';
import { attachPrincipal, principalOf } from '../../auth/request-principal';
import { withOwnLoaders } from './request-loaders';

/**
 * A stand-in for a socket's upgrade request while one subscription event is resolved: the same
 * caller, but nothing remembered from earlier events (relations to projects, loaded rows).
 */
export function eventRequest(req: Request): Request {
  const event = Object.create(req) as Request;
  attachPrincipal(event, { ...principalOf(req), projectRelations: new Map() });
  withOwnLoaders(event);
  return event;
}
