import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentNameFromUrl } from '../lib/document-name-from-url';
import type { CollabExtension } from '../lib/extension';
import type { CollabLimits, CollabTimings } from '../lib/limits';
import { CollabServer } from '../lib/server/collab-server';
import { RecordingLogger } from './recording-logger';

export interface CollabHarness {
  server: CollabServer;
  http: Server;
  /** Base URL for the stock client (`new WebsocketProvider(url, room, doc)`). */
  url: string;
  logger: RecordingLogger;
  close(): Promise<void>;
}

/** Timings short enough for tests; each test overrides what it is about. */
export const TEST_TIMINGS: Partial<CollabTimings> = {
  storeDebounceMs: 20,
  storeMaxDebounceMs: 200,
  storeRetryInitialMs: 20,
  storeRetryMaxMs: 200,
  idleUnloadMs: 0,
  authTimeoutMs: 5_000,
  keepaliveMs: 0,
};

/**
 * A plain Node HTTP server on a free port that routes `/collab/<name>` upgrades to a fresh
 * CollabServer, as the API's adapter will. Anything else is refused with 404.
 */
export async function startCollab(options: {
  extensions: CollabExtension[];
  limits?: Partial<CollabLimits>;
  timings?: Partial<CollabTimings>;
}): Promise<CollabHarness> {
  const logger = new RecordingLogger();
  const server = new CollabServer({
    extensions: options.extensions,
    limits: options.limits,
    timings: { ...TEST_TIMINGS, ...options.timings },
    logger,
  });
  const http = createServer((_request, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => {
    const name = documentNameFromUrl(request.url);
    if (name === null) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    server.handleUpgrade(request, socket, head, name);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    server,
    http,
    url: `ws://127.0.0.1:${port}/collab`,
    logger,
    close: async () => {
      await server.destroy();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
