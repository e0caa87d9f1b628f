import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@ketenlab/domain';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { badInput } from '../common/errors/app-error';
import { MarkNotificationsReadInput } from './notifications.inputs';
import { NotificationsService } from './notifications.service';
import { NotificationPageType, NotificationType } from './notification.types';

/** Your own notifications: every operation is bounded to the caller as recipient. */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Can('notification.read')
  @Query(() => NotificationPageType, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentPrincipal() principal: Principal,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    if (first < 1 || first > LIMITS.pageSizeMax) {
      throw badInput('first', `first must be between 1 and ${LIMITS.pageSizeMax}`);
    }
    return this.notificationsService.page(signedInUser(principal).id, {
      unreadOnly,
      first,
      after: after ?? undefined,
    });
  }

  @Can('notification.read')
  @Query(() => Int, { description: 'How many of your notifications you have not read.' })
  unreadNotificationCount(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.notificationsService.unreadCount(signedInUser(principal).id);
  }

  @Can('notification.markRead')
  @Mutation(() => Int, {
    description:
      'Marks your notifications read (the given ids, or all); returns your unread count.',
  })
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<number> {
    if (Boolean(input.ids) === Boolean(input.all)) {
      throw badInput('ids', 'Give either the ids to mark read or all: true.');
    }
    return this.notificationsService.markRead(
      signedInUser(principal).id,
      input.all ? 'all' : (input.ids ?? []),
    );
  }
}
