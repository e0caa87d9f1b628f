import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

/**
 * graphql-js executes every event of a subscription with the context made once when the client
 * subscribed. On a socket that context lives for hours, so per-request caches in it (DataLoaders,
 * the caller's relations to projects) would hand out what was true at subscription time. This
 * `subscribe` gives each event a context of its own, made by `forEvent` from the original.
 */
export function subscribePerEvent<C>(forEvent: (context: C) => C) {
  return async (
    args: ExecutionArgs,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const source = stream[Symbol.asyncIterator]();
    const done = (): Promise<IteratorResult<ExecutionResult>> =>
      Promise.resolve({ done: true, value: undefined });
    const events: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const event = await source.next();
        if (event.done) return { done: true, value: undefined };
        const result = await execute({
          ...args,
          rootValue: event.value,
          contextValue: forEvent(args.contextValue as C),
        });
        return { done: false, value: result };
      },
      // Passed straight on, so that a client's "complete" unsubscribes from the pub/sub at once.
      return: () => (source.return ? source.return().then(() => done()) : done()),
      throw: (error) => (source.throw ? source.throw(error).then(() => done()) : done()),
      [Symbol.asyncIterator]() {
        return events;
      },
    };
    return events;
  };
}
