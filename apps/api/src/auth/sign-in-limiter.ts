import { Inject, Injectable, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { REDIS_CLIENT } from '../redis/redis.tokens';
import { rateLimited } from '../common/errors/app-error';

const WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins allowed per account and per address in one window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30 } as const;

/**
 * Counts failed sign-ins per account and per address; shared between instances through Redis
 * when configured, so a second replica is no second chance.
 */
@Injectable()
export class SignInLimiter {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Optional() @Inject(REDIS_CLIENT) redis: Redis | null) {
    const make = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: WINDOW_SECONDS })
        : new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS });
    this.perAccount = make('signin:account', SIGN_IN_LIMITS.perAccount);
    this.perAddress = make('signin:address', SIGN_IN_LIMITS.perAddress);
  }

  /** Throws RATE_LIMITED when either budget is spent; call before checking the password. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.perAccount.get(email),
      this.perAddress.get(ip),
    ]);
    const blocked = [
      [account, SIGN_IN_LIMITS.perAccount],
      [address, SIGN_IN_LIMITS.perAddress],
    ].find(([res, limit]) => res && (res as RateLimiterRes).consumedPoints >= (limit as number));
    if (blocked) throw rateLimited((blocked[0] as RateLimiterRes).msBeforeNext / 1000);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
