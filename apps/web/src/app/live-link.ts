import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/**
 * Subscriptions over graphql-ws, on the same path as queries; the browser sends the session
 * cookie with the upgrade request, which is how the API knows the caller. The socket opens only
 * while a page subscribes to something, and comes back after a network hiccup or a deploy.
 * Events published while the socket was away are not replayed, so `onReconnected` lets the
 * caller fetch afresh what the open pages show.
 */
export function createLiveLink(onReconnected: () => void): GraphQLWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: url.href,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) onReconnected();
        },
      },
    }),
  );
}
