import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { User } from './user.entity';

@Resolver(() => User)
export class UserFieldsResolver {
  constructor(private readonly organisations: OrganisationLoader) {}

  @Can('organisation.read')
  @ResolveField(() => Organisation)
  async organisation(@Parent() user: User, @HttpRequest() req: Request): Promise<Organisation> {
    return (await this.organisations.load(req, user.organisationId))!;
  }

  /** Addresses are personal data: shown to the person themselves and to administrators only. */
  @Can('auth.self')
  @ResolveField(() => String, {
    nullable: true,
    description: 'Visible to yourself and administrators.',
  })
  email(@Parent() user: User, @CurrentPrincipal() principal: Principal): string | null {
    return principal.user?.isAdmin || principal.user?.id === user.id ? user.email : null;
  }

  @Can('auth.self')
  @ResolveField(() => Boolean, { description: 'Whether the invitation has been accepted.' })
  activated(@Parent() user: User): boolean {
    return user.passwordHash !== null;
  }
}
