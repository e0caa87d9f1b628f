import type { CollabLogger } from '../lib/logger';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  context?: Record<string, unknown>;
}

/** Keeps log lines for assertions instead of printing them. */
export class RecordingLogger implements CollabLogger {
  readonly entries: LogEntry[] = [];
  debug = (message: string, context?: Record<string, unknown>) =>
    this.record('debug', message, context);
  info = (message: string, context?: Record<string, unknown>) =>
    this.record('info', message, context);
  warn = (message: string, context?: Record<string, unknown>) =>
    this.record('warn', message, context);
  error = (message: string, context?: Record<string, unknown>) =>
    this.record('error', message, context);

  private record(level: LogEntry['level'], message: string, context?: Record<string, unknown>) {
    this.entries.push({ level, message, context });
  }
}
