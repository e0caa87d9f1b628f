import { PinoLogger } from 'nestjs-pino';
import { symbols } from 'pino';

export interface CapturedLogs {
  /** Everything logged since capture began, one JSON line per entry. */
  text(): string;
  stop(): void;
}

/**
 * Takes over the destination of the app's root pino logger (one per process, see nestjs-pino's
 * rootLogger), so a test can read what would have gone to stdout. Start it after the app.
 */
export function captureLogs(): CapturedLogs {
  const root = PinoLogger.root as unknown as
    Record<symbol, { write(chunk: string): boolean }> | undefined;
  const stream = root?.[symbols.streamSym];
  if (!stream) throw new Error('No root logger: start the app first');
  const lines: string[] = [];
  const write = stream.write;
  stream.write = (chunk: string) => {
    lines.push(chunk);
    return true;
  };
  return { text: () => lines.join(''), stop: () => void (stream.write = write) };
}
