import { PubSub } from 'graphql-subscriptions';
import { ACCESS_LOST, guardedStream } from './guarded-stream';

interface Event {
  n: number;
}
interface Change {
  userId: string;
}

const isEvent = (payload: unknown): payload is Event =>
  typeof payload === 'object' && payload !== null && 'n' in payload;

/** Lets the stream's subscription to the pub/sub settle before anything is published. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe(guardedStream.name, () => {
  function setup(allowedAnswers: boolean[]) {
    const pubSub = new PubSub();
    const asked: number[] = [];
    const stream = guardedStream(pubSub, {
      channels: ['events', 'access'],
      isEvent,
      concerns: (change) => (change as Change).userId === 'me',
      allowed: async () => {
        asked.push(asked.length);
        return allowedAnswers.shift() ?? true;
      },
    });
    return { pubSub, stream, asked };
  }

  it('passes events on while allowed, asking before each one', async () => {
    const { pubSub, stream, asked } = setup([true, true]);
    const first = stream.next();
    await settle();
    await pubSub.publish('events', { n: 1 });
    expect(await first).toEqual({ done: false, value: { n: 1 } });
    const second = stream.next();
    await pubSub.publish('events', { n: 2 });
    expect(await second).toEqual({ done: false, value: { n: 2 } });
    expect(asked).toHaveLength(2);
    await stream.return?.();
  });

  it('ignores access changes about others without asking, and ends on its own when refused', async () => {
    const { pubSub, stream, asked } = setup([true, false]);
    const next = stream.next();
    await settle();
    await pubSub.publish('access', { userId: 'someone else' });
    await pubSub.publish('access', { userId: 'me' });
    await pubSub.publish('access', { userId: 'me' });
    expect(await next).toEqual({ done: false, value: ACCESS_LOST });
    expect(asked).toHaveLength(2);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    // Unsubscribed from the pub/sub: nothing published later is held for it.
    await pubSub.publish('events', { n: 3 });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('withholds an event the subscriber may no longer see', async () => {
    const { pubSub, stream } = setup([false]);
    const next = stream.next();
    await settle();
    await pubSub.publish('events', { n: 1 });
    expect(await next).toEqual({ done: false, value: ACCESS_LOST });
  });

  it('ends a pending read when the client completes', async () => {
    const { stream } = setup([]);
    const pending = stream.next();
    await settle();
    await stream.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});
