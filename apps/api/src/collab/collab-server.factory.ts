import { CollabServer, type CollabExtension } from '@ketenlab/collab';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import type { QuestionMirrorService } from '../questions/question-mirror.service';
import type { AuthenticationExtension } from './authentication.extension';
import type { DocumentStore } from './document-store';
import { NO_FANOUT, type Fanout } from './fanout';
import { PersistenceExtension } from './persistence.extension';
import { QuestionMirrorExtension } from './question-mirror.extension';
import { RedisFanoutExtension } from './redis-fanout.extension';
import type { UpdateLog } from './update-log';

export interface CollabRuntime {
  server: CollabServer;
  fanout: Fanout;
  /** Closes what the runtime opened beyond the server (Redis connections). */
  close(): Promise<void>;
}

const logger = new Logger('Collab');

/**
 * Composes the collaboration server from its extensions. Order matters: authentication first;
 * persistence loads the stored state before fan-out subscribes and asks for what is missing.
 */
export function createCollabRuntime(deps: {
  config: AppConfig;
  authentication: AuthenticationExtension;
  store: DocumentStore;
  log: UpdateLog;
  mirror: QuestionMirrorService;
}): CollabRuntime {
  const extensions: CollabExtension[] = [
    deps.authentication,
    new PersistenceExtension(deps.store, deps.log),
  ];
  let fanout: RedisFanoutExtension | null = null;
  const connections: Redis[] = [];
  if (deps.config.redisUrl) {
    connections.push(new Redis(deps.config.redisUrl), new Redis(deps.config.redisUrl));
    fanout = new RedisFanoutExtension(
      connections[0],
      connections[1],
      deps.config.redisKeyPrefix,
      (name) => server.getDocument(name),
    );
    extensions.push(fanout);
  }
  extensions.push(new QuestionMirrorExtension(deps.mirror));
  const server: CollabServer = new CollabServer({
    extensions,
    logger: {
      debug: (message, context) => logger.debug({ ...context, msg: message }),
      info: (message, context) => logger.log({ ...context, msg: message }),
      warn: (message, context) => logger.warn({ ...context, msg: message }),
      error: (message, context) => logger.error({ ...context, msg: message }),
    },
  });
  return {
    server,
    fanout: fanout ?? NO_FANOUT,
    close: async () => {
      await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
