import { Inject } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { AuthService } from '../auth/auth.service';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { principalOf } from '../auth/request-principal';
import { CurrentPrincipal, type GraphqlContext } from '../common/context/graphql-context';
import { unauthenticated } from '../common/errors/app-error';
import { ACCESS_LOST, guardedStream, type Live } from '../common/pubsub/guarded-stream';
import { CHANNELS, PUB_SUB, type NotificationAdded } from '../common/pubsub/pubsub.tokens';
import { NotificationsService } from './notifications.service';
import { NotificationType } from './notification.types';

@Resolver(() => NotificationType)
export class NotificationLiveResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly notificationsService: NotificationsService,
    private readonly auth: AuthService,
  ) {}

  /**
   * Your new notifications as they are made, on any instance. The channel is the caller's own,
   * and each one is read back as theirs, so nobody hears anyone else's. Once the socket's
   * session is gone (signed out, revoked, expired, account deactivated) the next event answers
   * UNAUTHENTICATED and the subscription ends.
   */
  @Can('notification.read')
  @Subscription(() => NotificationType, {
    resolve(
      this: NotificationLiveResolver,
      payload: Live<NotificationAdded>,
      _args: unknown,
      context: GraphqlContext,
    ) {
      if (payload === ACCESS_LOST) throw unauthenticated();
      const recipientId = signedInUser(principalOf(context.req)).id;
      return this.notificationsService.forRecipient(payload.notificationId, recipientId);
    },
  })
  notificationAdded(@CurrentPrincipal() principal: Principal) {
    return guardedStream(this.pubSub, {
      channels: [CHANNELS.notificationAdded(signedInUser(principal).id)],
      // The only channel is the recipient's own: everything on it is an event.
      isEvent: (_payload): _payload is NotificationAdded => true,
      concerns: () => false,
      allowed: () => this.auth.sessionIsLive(principal),
    });
  }
}
