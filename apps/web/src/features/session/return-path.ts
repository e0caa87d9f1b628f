/** The query parameter that carries where to go back to after signing in. */
export const RETURN_PARAM = 'terug';

export function signInPath(returnTo: string): string {
  return returnTo === '/'
    ? '/inloggen'
    : `/inloggen?${RETURN_PARAM}=${encodeURIComponent(returnTo)}`;
}

/** Only paths inside this app: an open redirect to another site would help phishing. */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  return value;
}
