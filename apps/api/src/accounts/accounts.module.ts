import { Global, Module } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { UserFieldsResolver } from './user-fields.resolver';
import { UserLoader } from './user.loader';
import { UsersRepository } from './users.repository';

@Global()
@Module({
  providers: [
    UsersRepository,
    UserLoader,
    InvitationsRepository,
    InvitationsService,
    AccountsService,
    AccountsResolver,
    UserFieldsResolver,
  ],
  exports: [UsersRepository, UserLoader, InvitationsService],
})
export class AccountsModule {}
