import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import type { ServerOptions } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { attachPrincipal } from '../../auth/request-principal';
import { SocketAuthenticator } from '../../auth/socket-authenticator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { eventRequest } from '../context/event-request';
import { formatError } from '../errors/format-error';
import { CompiledApolloDriver } from './compiled-execution';
import { operationLimits, validateWithLimits } from './operation-limits';
import { leavePlainFieldsToExecutor } from './plain-fields';
import { preferPreloaded } from './preloaded-fields';
import { subscribePerEvent } from './subscribe-per-event';

const logger = new Logger('GraphQL');

/** What graphql-ws hands to `onConnect` and `context` for a socket. */
interface SocketContext {
  extra: unknown;
  connectionParams?: Record<string, unknown>;
}
const upgradeRequest = (ctx: SocketContext) => (ctx.extra as { request: IncomingMessage }).request;

/** HTTP operations get Express' req/res; socket operations the upgrade request, which carries the caller. */
function graphqlContext(arg: { req: unknown; res: unknown } | SocketContext) {
  return 'extra' in arg ? { req: upgradeRequest(arg) } : { req: arg.req, res: arg.res };
}

/** Nest's typing of the graphql-ws options leaves out `subscribe` and `validate`, which it passes on all the same. */
type GraphqlWsOptions = NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws'] &
  Pick<ServerOptions, 'subscribe' | 'validate'>;

function socketOptions(sockets: SocketAuthenticator): GraphqlWsOptions {
  return {
    path: '/graphql',
    validate: validateWithLimits,
    onConnect: async (ctx: SocketContext) => {
      const request = upgradeRequest(ctx);
      attachPrincipal(
        request as Request,
        await sockets.principalFor(request, ctx.connectionParams?.['token']),
      );
      return true;
    },
    // Each event is resolved afresh: nothing cached at subscription time decides what it shows.
    subscribe: subscribePerEvent((context: { req: Request }) => ({
      ...context,
      req: eventRequest(context.req),
    })),
  };
}

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: CompiledApolloDriver,
      inject: [APP_CONFIG, SocketAuthenticator],
      useFactory: (config: AppConfig, sockets: SocketAuthenticator) => ({
        path: '/graphql',
        // The schema is built from the code; `npm run schema` writes it to apps/api/schema.graphql.
        autoSchemaFile: true,
        sortSchema: true,
        introspection: !config.production,
        graphiql: false,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        validationRules: [operationLimits],
        includeStacktraceInErrorResponses: false,
        // Guards run on field resolvers too: fields declare their own permission.
        fieldResolverEnhancers: ['guards'],
        // Answers are per caller and never cached by HTTP caches, so cache hints mean nothing;
        // the plugin that computes them runs a hook on every resolved field (half a million on
        // a large board), which costs more than the board's SQL (docs/benchmarks.md).
        plugins: [ApolloServerPluginCacheControlDisabled()],
        // Compact JSON: Apollo indents by default, which on a 1 MB board cost more CPU than any
        // resolver (docs/benchmarks.md) and only makes the answer bigger.
        stringifyResult: (result) => JSON.stringify(result),
        // Lists authorized as a whole may bring their objects' fields loaded in one batch;
        // plain properties are read by the executor itself.
        transformSchema: (schema) => leavePlainFieldsToExecutor(preferPreloaded(schema)),
        context: graphqlContext,
        formatError: (formatted, error) =>
          formatError(
            formatted,
            (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : e),
            error,
          ),
        subscriptions: {
          // Subscriptions share the path; the caller is established once per socket, from the
          // session cookie of the upgrade request or a `token` connection parameter.
          'graphql-ws': socketOptions(sockets),
        },
      }),
    }),
  ],
})
export class GraphQLModule {}
