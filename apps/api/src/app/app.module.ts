import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module';
import { ActivityModule } from '../activity/activity.module';
import { AuthModule } from '../auth/auth.module';
import { CollabModule } from '../collab/collab.module';
import { CommonModule } from '../common/common.module';
import { GraphQLModule } from '../common/graphql/graphql.module';
import { LoggingModule } from '../common/logging/logging.module';
import { PubSubModule } from '../common/pubsub/pubsub.module';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { HypothesesModule } from '../hypotheses/hypotheses.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProjectsModule } from '../projects/projects.module';
import { RedisModule } from '../redis/redis.module';
import { SearchModule } from '../search/search.module';
import { DemoDataModule } from '../seed/demo-data.module';

@Module({})
export class AppModule {
  /** `env` overrides process.env for this app only (tests run several apps in one process). */
  static forRoot(env: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggingModule,
        CommonModule,
        DatabaseModule,
        RedisModule,
        PubSubModule,
        GraphQLModule,
        ActivityModule,
        NotificationsModule,
        OrganisationsModule,
        AccountsModule,
        AuthModule,
        ProjectsModule,
        SearchModule,
        CollabModule,
        HypothesesModule,
        HealthModule,
        MailModule,
        DemoDataModule,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
