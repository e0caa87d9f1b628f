/**
 * The server logs through this narrow interface so that the host decides where logs go (the
 * API adapts its pino logger). Context values are plain data: ids, names, codes, never frames.
 */
export interface CollabLogger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** The default: warnings and errors to the console, nothing else. */
export const consoleLogger: CollabLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message, context) => console.warn(`[collab] ${message}`, context ?? ''),
  error: (message, context) => console.error(`[collab] ${message}`, context ?? ''),
};

export const silentLogger: CollabLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
