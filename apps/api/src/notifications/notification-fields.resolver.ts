import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import { HttpRequest } from '../common/context/graphql-context';
import { NotificationType } from './notification.types';

@Resolver(() => NotificationType)
export class NotificationFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @Can('notification.read')
  @ResolveField(() => User, { nullable: true, description: 'Who did what you are told about.' })
  actor(@Parent() notification: NotificationType, @HttpRequest() req: Request) {
    return notification.actorId ? this.users.load(req, notification.actorId) : null;
  }
}
