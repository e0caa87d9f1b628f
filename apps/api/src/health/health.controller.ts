import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { PublicEndpoint } from '../auth/can.decorator';
import { REDIS_CLIENT } from '../redis/redis.tokens';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  /** The process is up and serving; says nothing of its dependencies. */
  @PublicEndpoint()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready for traffic: the database answers, and Redis too when configured. */
  @PublicEndpoint()
  @Get('ready')
  @HttpCode(200)
  async ready() {
    const checks: Record<string, 'up' | 'down'> = {
      database: await this.probe(() => this.dataSource.query('SELECT 1')),
    };
    if (this.redis) checks['redis'] = await this.probe(() => this.redis!.ping());
    const healthy = Object.values(checks).every((state) => state === 'up');
    if (!healthy) throw new ServiceUnavailableException({ status: 'unavailable', checks });
    return { status: 'ok', checks };
  }

  /** Up when `check` answers within 2 s; the timer is cleared so probes leave nothing behind. */
  private async probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise(
      (_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000)),
    );
    try {
      await Promise.race([check(), timeout]);
      return 'up';
    } catch {
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
