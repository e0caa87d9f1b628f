import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthTokensRepository } from '../auth/auth-tokens.repository';
import type { Principal } from '../auth/principal';
import { ActivityService } from '../activity/activity.service';
import { Clock } from '../common/clock';
import { badInput, conflict, notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import type { InviteAccountInput, UpdateAccountInput } from './accounts.inputs';
import { InvitationsService } from './invitations.service';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';

/** Account administration: what an administrator does to other people's accounts. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly tokens: AuthTokensRepository,
    private readonly invitations: InvitationsService,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  list(): Promise<User[]> {
    return this.users.listAll();
  }

  async invite(input: InviteAccountInput, principal: Principal) {
    const email = input.email.trim().toLowerCase();
    await this.assertOrganisation(input.organisationId);
    if (await this.users.findByEmail(email)) {
      throw conflict('An account with this e-mail address already exists.', 'email');
    }
    const link = await this.unitOfWork.run(async (m) => {
      const user = await this.users.insert(m, {
        id: randomUUID(),
        email,
        name: input.name.trim(),
        passwordHash: null,
        organisationId: input.organisationId,
        isAdmin: input.isAdmin,
        locale: 'nl',
        deactivatedAt: null,
      });
      await this.activity.record(m, principal, {
        action: 'account.invited',
        objectType: 'user',
        objectId: user.id,
      });
      return this.invitations.issue(m, user, principal);
    });
    return this.invitations.deliver(link);
  }

  async reissueInvitation(id: string, principal: Principal) {
    const user = await this.get(id);
    if (user.passwordHash) throw conflict('This account has already been set up.');
    const link = await this.unitOfWork.run(async (m) => {
      await this.activity.record(m, principal, {
        action: 'account.invitationReissued',
        objectType: 'user',
        objectId: id,
      });
      return this.invitations.issue(m, user, principal);
    });
    return this.invitations.deliver(link);
  }

  async update(input: UpdateAccountInput, principal: Principal): Promise<User> {
    const user = await this.get(input.id);
    if (input.organisationId) await this.assertOrganisation(input.organisationId);
    if (user.id === principal.user?.id && (input.isAdmin === false || input.active === false)) {
      throw badInput(
        'id',
        'You cannot remove your own administrator rights or deactivate yourself.',
      );
    }
    const now = this.clock.now();
    const changes = Object.fromEntries(
      Object.entries(input).filter(([k, v]) => k !== 'id' && v !== undefined),
    );
    return this.unitOfWork.run(async (m) => {
      if (input.name !== undefined) user.name = input.name.trim();
      if (input.organisationId !== undefined) user.organisationId = input.organisationId;
      if (input.isAdmin !== undefined) user.isAdmin = input.isAdmin;
      if (input.locale !== undefined) user.locale = input.locale;
      if (input.active !== undefined) {
        user.deactivatedAt = input.active ? null : (user.deactivatedAt ?? now);
        if (!input.active) await this.tokens.revokeAllOfUser(m, user.id, now);
      }
      const saved = await this.users.save(m, user);
      await this.activity.record(m, principal, {
        action: 'account.updated',
        objectType: 'user',
        objectId: user.id,
        detail: changes,
      });
      return saved;
    });
  }

  private async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('The account');
    return user;
  }

  private async assertOrganisation(id: string): Promise<void> {
    if (!(await this.organisations.findById(id))) {
      throw badInput('organisationId', 'This organisation does not exist.');
    }
  }
}
