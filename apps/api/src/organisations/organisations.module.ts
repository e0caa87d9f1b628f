import { Global, Module } from '@nestjs/common';
import { OrganisationLoader } from './organisation.loader';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Global()
@Module({
  providers: [
    OrganisationsRepository,
    OrganisationsService,
    OrganisationsResolver,
    OrganisationLoader,
  ],
  exports: [OrganisationsRepository, OrganisationLoader],
})
export class OrganisationsModule {}
