import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphqlResult, TestApp } from './test-app';

type GraphqlErrors = NonNullable<GraphqlResult['errors']>;

/** What one subscription has heard so far over a real graphql-ws socket. */
export interface LiveSubscription<T> {
  events: T[];
  errors: GraphqlErrors;
  completed: boolean;
  /** Resolves when `events` (or errors, or completion) satisfy `ready`, or rejects after `ms`. */
  until(ready: (s: LiveSubscription<T>) => boolean, what: string, ms?: number): Promise<void>;
  client: Client;
}

/**
 * Subscribes on `instance` as the holder of `token` (or anonymously) and resolves once the server
 * has registered the subscription, so that a change made after it cannot be missed.
 */
export async function liveSubscription<T>(
  instance: TestApp,
  query: string,
  variables: Record<string, unknown>,
  auth: { token?: string; cookie?: string },
): Promise<LiveSubscription<T>> {
  const client = createClient({
    url: instance.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, auth.cookie ? { headers: { cookie: auth.cookie } } : {});
      }
    },
    connectionParams: auth.token ? { token: auth.token } : {},
    retryAttempts: 0,
  });
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const live: LiveSubscription<T> = {
    events: [],
    errors: [],
    completed: false,
    client,
    until(ready, what, ms = 5000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!ready(live)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${what}: ${JSON.stringify(live)}`));
        }, ms);
        listeners.add(check);
        check();
      });
    },
  };
  const field = /\{\s*(\w+)/.exec(query.slice(query.indexOf('{')))?.[1] ?? '';
  client.subscribe(
    { query, variables },
    {
      next: (message) => {
        if (message.errors) live.errors.push(...(message.errors as unknown as GraphqlErrors));
        const data = message.data as Record<string, T> | null | undefined;
        if (data?.[field]) live.events.push(data[field]);
        changed();
      },
      error: (error) => {
        live.errors.push(
          ...((Array.isArray(error) ? error : [{ message: String(error) }]) as GraphqlErrors),
        );
        changed();
      },
      complete: () => {
        live.completed = true;
        changed();
      },
    },
  );
  // A round trip on the same socket: the subscription above is registered by the time it ends.
  await new Promise<void>((resolve) =>
    client.subscribe(
      { query: '{ __typename }' },
      { next: () => undefined, error: () => resolve(), complete: resolve },
    ),
  );
  return live;
}

/** Nothing more arrives within `ms`: for checks that something is not delivered. */
export const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
