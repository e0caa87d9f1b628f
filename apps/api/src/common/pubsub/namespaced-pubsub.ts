import { PubSubEngine } from 'graphql-subscriptions';

/**
 * Puts a prefix on every channel name. Redis pub/sub channels are not covered by ioredis'
 * keyPrefix, and two deployments (or test runs) sharing one Redis must not hear each other.
 */
export class NamespacedPubSub extends PubSubEngine {
  constructor(
    private readonly inner: PubSubEngine,
    private readonly prefix: string,
  ) {
    super();
  }

  publish(trigger: string, payload: unknown): Promise<void> {
    return this.inner.publish(this.prefix + trigger, payload);
  }

  subscribe(
    trigger: string,
    onMessage: (...args: unknown[]) => void,
    options: object = {},
  ): Promise<number> {
    return this.inner.subscribe(this.prefix + trigger, onMessage, options);
  }

  unsubscribe(subId: number): void {
    this.inner.unsubscribe(subId);
  }
}
