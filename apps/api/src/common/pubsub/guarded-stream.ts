import type { PubSubEngine } from 'graphql-subscriptions';

/** The last event of a stream whose subscriber lost access: resolving it answers with an error. */
export const ACCESS_LOST = Symbol('access lost');
export type Live<T> = T | typeof ACCESS_LOST;

export interface Guard<T> {
  /** The channels to listen to: the events' own, and any that announce access changes. */
  channels: string[];
  /** Tells the events from the access changes heard on the side. */
  isEvent(payload: unknown): payload is T;
  /** Whether an access change is about this subscriber (and so worth asking `allowed`). */
  concerns(change: unknown): boolean;
  /** Asked afresh before every event and on every access change that concerns the subscriber. */
  allowed(): Promise<boolean>;
}

/**
 * Events for a live subscriber for as long as they may have them. Once `allowed` says no, the
 * stream yields ACCESS_LOST and ends, so the client is told and its subscription completes
 * instead of going quiet.
 */
export function guardedStream<T>(
  pubSub: PubSubEngine,
  guard: Guard<T>,
): AsyncIterableIterator<Live<T>> {
  const source = pubSub.asyncIterableIterator<unknown>(guard.channels);
  let ended = false;
  const finish = async (): Promise<IteratorResult<Live<T>>> => {
    ended = true;
    await source.return?.();
    return { done: true, value: undefined };
  };
  const stream: AsyncIterableIterator<Live<T>> = {
    next: async () => {
      while (!ended) {
        const { done, value } = await source.next();
        if (done) return finish();
        const isEvent = guard.isEvent(value);
        if (!isEvent && !guard.concerns(value)) continue;
        if (await guard.allowed()) {
          if (isEvent) return { done: false, value };
          continue;
        }
        await finish();
        return { done: false, value: ACCESS_LOST };
      }
      return { done: true, value: undefined };
    },
    return: finish,
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}
