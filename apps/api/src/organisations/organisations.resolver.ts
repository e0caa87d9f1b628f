import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { Organisation } from './organisation.entity';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisations.inputs';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @Can('organisation.read')
  @Query(() => [Organisation])
  organisations(): Promise<Organisation[]> {
    return this.organisationsService.list();
  }

  @Can('organisation.manage')
  @Mutation(() => Organisation)
  createOrganisation(
    @Args('input') input: CreateOrganisationInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.organisationsService.create(input, principal);
  }

  @Can('organisation.manage')
  @Mutation(() => Organisation)
  updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.organisationsService.update(input, principal);
  }
}
