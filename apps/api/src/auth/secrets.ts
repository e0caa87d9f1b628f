import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Bearer secrets carry a prefix so that secret scanners and people can tell them apart;
 * the database keeps only an HMAC keyed with SESSION_SECRET, so a leaked table is not a key.
 */
export const TOKEN_PREFIX = { session: 'kls_', personal: 'klp_', invitation: 'kli_' } as const;

export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(key: string, secret: string): string {
  return createHmac('sha256', key).update(secret).digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
