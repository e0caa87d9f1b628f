/** The message of anything thrown, for logs and close reasons (hooks may throw non-Errors). */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
