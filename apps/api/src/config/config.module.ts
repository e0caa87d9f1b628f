import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { APP_CONFIG, toAppConfig } from './app-config';
import { validateEnvironment } from './env.schema';

/**
 * Validates the environment once at start and exposes it twice: as @nestjs/config's
 * ConfigService (raw variables) and as the resolved, typed `AppConfig`. Tests pass overrides
 * instead of mutating `process.env`, so several apps in one process each keep their own.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    const env = validateEnvironment({ ...process.env, ...overrides });
    return {
      module: ConfigModule,
      imports: [NestConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ ...env })] })],
      providers: [{ provide: APP_CONFIG, useValue: toAppConfig(env) }],
      exports: [APP_CONFIG],
    };
  }
}
