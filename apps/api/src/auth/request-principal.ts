import type { Request } from 'express';
import { anonymousPrincipal, type Principal } from './principal';

const PRINCIPAL = Symbol('principal');

type WithPrincipal = Request & { [PRINCIPAL]?: Principal };

export function attachPrincipal(req: Request, principal: Principal): void {
  (req as WithPrincipal)[PRINCIPAL] = principal;
}

/** The caller of this request; anonymous when the authentication middleware found nobody. */
export function principalOf(req: Request): Principal {
  return (req as WithPrincipal)[PRINCIPAL] ?? anonymousPrincipal(req.ip ?? 'unknown');
}
