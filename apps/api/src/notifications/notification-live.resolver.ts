import { Inject } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { principalOf } from '../auth/request-principal';
import { CurrentPrincipal, type GraphqlContext } from '../common/context/graphql-context';
import { CHANNELS, PUB_SUB, type NotificationAdded } from '../common/pubsub/pubsub.tokens';
import { NotificationsService } from './notifications.service';
import { NotificationType } from './notification.types';

@Resolver(() => NotificationType)
export class NotificationLiveResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly notificationsService: NotificationsService,
  ) {}

  /**
   * Your new notifications as they are made, on any instance. The channel is the caller's own,
   * and each one is read back as theirs, so nobody hears anyone else's.
   */
  @Can('notification.read')
  @Subscription(() => NotificationType, {
    resolve(
      this: NotificationLiveResolver,
      payload: NotificationAdded,
      _args: unknown,
      context: GraphqlContext,
    ) {
      const recipientId = signedInUser(principalOf(context.req)).id;
      return this.notificationsService.forRecipient(payload.notificationId, recipientId);
    },
  })
  notificationAdded(@CurrentPrincipal() principal: Principal) {
    return this.pubSub.asyncIterableIterator(
      CHANNELS.notificationAdded(signedInUser(principal).id),
    );
  }
}
