import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { NamespacedPubSub } from './namespaced-pubsub';
import { PUB_SUB } from './pubsub.tokens';

const REDIS_PUB_SUB = Symbol('REDIS_PUB_SUB');

/**
 * Live updates reach subscribers on every instance through Redis when REDIS_URL is set;
 * a single instance without Redis publishes in process and needs nothing extra.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.redisUrl
          ? new RedisPubSub({
              publisher: new Redis(config.redisUrl),
              subscriber: new Redis(config.redisUrl),
              // Payloads cross Redis as JSON; timestamps come back as Date for the DateTime scalar.
              reviver: (key, value) =>
                /At$/.test(key) && typeof value === 'string' ? new Date(value) : value,
            })
          : null,
    },
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG, REDIS_PUB_SUB],
      useFactory: (config: AppConfig, redis: RedisPubSub | null): PubSubEngine =>
        new NamespacedPubSub(redis ?? new PubSub(), config.redisKeyPrefix),
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_PUB_SUB) private readonly redis: RedisPubSub | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }
}
