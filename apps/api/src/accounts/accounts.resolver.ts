import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { InviteAccountInput, InvitationLink, UpdateAccountInput } from './accounts.inputs';
import { AccountsService } from './accounts.service';
import { User } from './user.entity';

@Resolver(() => User)
export class AccountsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @Can('account.read')
  @Query(() => [User], { description: 'Every account (administrators).' })
  accounts(): Promise<User[]> {
    return this.accountsService.list();
  }

  @Can('account.manage')
  @Mutation(() => InvitationLink, {
    description: 'Prepares an account and returns its invitation link.',
  })
  inviteAccount(
    @Args('input') input: InviteAccountInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.accountsService.invite(input, principal);
  }

  @Can('account.manage')
  @Mutation(() => InvitationLink, {
    description: 'A new link for an account not yet set up; older links stop working.',
  })
  reissueInvitation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.accountsService.reissueInvitation(id, principal);
  }

  @Can('account.manage')
  @Mutation(() => User)
  updateAccount(
    @Args('input') input: UpdateAccountInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.accountsService.update(input, principal);
  }
}
