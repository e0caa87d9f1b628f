import { Global, Module } from '@nestjs/common';
import { NotificationFieldsResolver } from './notification-fields.resolver';
import { NotificationLiveResolver } from './notification-live.resolver';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * In-app notifications. Global, like ActivityModule: any module whose change someone should hear
 * about injects NotificationsService and calls it inside its transaction.
 */
@Global()
@Module({
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    NotificationLiveResolver,
    NotificationFieldsResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
