import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { documentNameFromUrl } from '@ketenlab/collab';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CHANNELS, PUB_SUB, type ProjectAccessChanged } from '../common/pubsub/pubsub.tokens';
import { AuthenticationExtension } from './authentication.extension';
import type { CollabRuntime } from './collab-server.factory';
import { COLLAB_RUNTIME } from './collab.tokens';
import { UpdateLog } from './update-log';

/** Closed with this code, the stock client reconnects and is authenticated afresh. */
const ACCESS_CHANGED_CLOSE = 4000;

/**
 * Mounts the collaboration server on the API's own port at /collab/<document>, closes sockets
 * whose access changed (on every instance, through pub/sub), and stores everything on shutdown.
 */
@Injectable()
export class CollabGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private subscription: number | null = null;

  constructor(
    @Inject(COLLAB_RUNTIME) private readonly runtime: CollabRuntime,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly adapterHost: HttpAdapterHost,
    private readonly authentication: AuthenticationExtension,
    private readonly log: UpdateLog,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.adapterHost.httpAdapter
      .getHttpServer()
      .on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        const url = request.url ?? '';
        if (url.startsWith('/collab/')) {
          this.runtime.server.handleUpgrade(request, socket, head, documentNameFromUrl(url) ?? '');
        } else if (!url.startsWith('/graphql')) {
          // Nobody else will answer this upgrade (graphql-ws takes /graphql).
          socket.destroy();
        }
      });
    this.subscription = await this.pubSub.subscribe(
      CHANNELS.projectAccessChanged,
      (change: ProjectAccessChanged) => {
        this.runtime.server.closeConnections(
          (c) =>
            c.identity.userId === change.userId &&
            this.authentication.projectOfDocument.get(c.documentName) === change.projectId,
          ACCESS_CHANGED_CLOSE,
          'access changed',
        );
      },
      {},
    );
  }

  /** SIGTERM: close the sockets, store every document, and only then let the database go. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.subscription !== null) this.pubSub.unsubscribe(this.subscription);
    await this.runtime.server.destroy();
    await this.log.flush();
    await this.runtime.close();
  }
}
