import type { Action } from '@ketenlab/domain';
import { buildSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CALLER_NAMES, expected, tokenOf, type Caller, type World } from './permission-world';
import { outcome, type GraphqlResult, type TestApp } from './test-app';

/**
 * The matrix walk: every query and mutation of the published schema, called by every kind of
 * caller with valid arguments, must answer exactly what libs/domain PERMISSIONS says. The
 * operations come from the schema itself, so a new operation without a case fails
 * (auth/permissions/walk.int-spec.ts); each domain's spec walks the cases of its table.
 */
export const SCHEMA = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
export const OPERATIONS = [
  SCHEMA.getQueryType(),
  SCHEMA.getMutationType(),
  SCHEMA.getSubscriptionType(),
].flatMap((type) =>
  type ? Object.keys(type.getFields()).map((name) => ({ root: type.name, name })) : [],
);

export interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Sent instead of the caller's usual token (sign-out must not end the shared session). */
  token?: string;
}

export interface Case {
  action: Action;
  /** Valid arguments for `caller`, preparing anything the call uses up. */
  call(world: World, caller: Caller): Call | Promise<Call>;
  /** For subscriptions: a change that makes an allowed subscriber hear something. */
  trigger?(world: World, caller: Caller): Promise<unknown>;
}

/** Cases by the name of the schema operation they call. */
export type Cases = Record<string, Case>;

/**
 * Subscribes over a real socket and reports the first thing the server says: an error code, or
 * OK when an event arrives after `trigger` makes one (an allowed subscription is otherwise silent).
 */
function subscriptionOutcome(
  test: TestApp,
  call: Call,
  trigger: () => Promise<unknown>,
): Promise<GraphqlResult> {
  const client = createClient({
    url: test.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: call.token ? { token: call.token } : {},
    retryAttempts: 0,
  });
  return new Promise<GraphqlResult>((resolve, reject) => {
    let finished = false;
    let triggered: Promise<unknown> = Promise.resolve();
    // The answer waits for the trigger: a change still under way would outlive the test, and
    // when it is the file's last test, the app (its requests then fail on a closed port).
    const finish = (result: GraphqlResult) => {
      finished = true;
      clearTimeout(timer);
      void client.dispose();
      triggered.then(() => resolve(result), reject);
    };
    const timer = setTimeout(
      () => finish({ errors: [{ message: 'no answer', extensions: { code: 'TIMEOUT' } }] }),
      5000,
    );
    client.subscribe(
      { query: call.query, variables: call.variables },
      {
        next: (message) => finish(message as GraphqlResult),
        error: (error) =>
          finish({
            errors: (Array.isArray(error)
              ? error
              : [{ message: String(error) }]) as GraphqlResult['errors'],
          }),
        complete: () => undefined,
      },
    );
    // A round trip on the same socket: the subscription above is registered by the time it ends.
    client.subscribe(
      { query: '{ __typename }' },
      {
        next: () => undefined,
        error: () => undefined,
        // Once the answer is in, an event has nothing left to decide. A failed trigger fails
        // the test when the answer comes, not as an unhandled rejection before it.
        complete: () => {
          if (finished) return;
          triggered = trigger();
          triggered.catch(() => undefined);
        },
      },
    );
  });
}

/** A change in the project by its lead, so that its activity feed has something to say. */
function touchProject(w: World) {
  return w.test.gql(
    'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }',
    { input: { id: w.projectId, phase: 'exploration' } },
    { token: w.lead.token },
  );
}

/**
 * One describe per schema operation that `cases` covers, in schema order, with a test for every
 * caller: the answer must be the matrix's, with the operation's data exactly when it is OK.
 */
export function walkOperations(world: () => World, cases: Cases): void {
  for (const operation of OPERATIONS) {
    const entry = cases[operation.name];
    if (!entry) continue;
    describe(`${operation.root}.${operation.name}`, () => {
      it.each(CALLER_NAMES.map((caller) => [caller, expected(entry.action, caller)] as const))(
        'as %s → %s',
        async (caller, want) => {
          const w = world();
          const call = await entry.call(w, caller);
          const token = call.token ?? tokenOf(w, caller);
          const result =
            operation.root === 'Subscription'
              ? await subscriptionOutcome(w.test, { ...call, token }, () =>
                  entry.trigger ? entry.trigger(w, caller) : touchProject(w),
                )
              : await w.test.gql(call.query, call.variables, { token });
          expect(outcome(result)).toBe(want);
          if (want === 'OK') expect(result.data?.[operation.name]).toBeDefined();
          else expect(result.data?.[operation.name] ?? null).toBeNull();
        },
      );
    });
  }
}
