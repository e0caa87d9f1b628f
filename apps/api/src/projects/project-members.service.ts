import { Inject, Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { EntityManager } from 'typeorm';
import { CHANNELS, PUB_SUB, type ProjectAccessChanged } from '../common/pubsub/pubsub.tokens';
import type { ProjectRole } from '@ketenlab/domain';
import type { Principal } from '../auth/principal';
import { UsersRepository } from '../accounts/users.repository';
import type { User } from '../accounts/user.entity';
import { ActivityService } from '../activity/activity.service';
import { badInput, conflict } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { ProjectAccess } from './project-access.service';
import type { ProjectMember } from './project-member.entity';
import { ProjectsRepository } from './projects.repository';

const CANDIDATE_LIMIT = 20;

/** Who works on a project and in which role. Every project keeps at least one lead. */
@Injectable()
export class ProjectMembersService {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly users: UsersRepository,
    private readonly access: ProjectAccess,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  /**
   * After a role change or removal commits, every instance closes that person's live-document
   * sockets in the project; reconnecting authenticates again with the new role.
   */
  private announceAccessChange(manager: EntityManager, projectId: string, userId: string): void {
    const change: ProjectAccessChanged = { projectId, userId };
    this.unitOfWork.afterCommit(
      manager,
      () => void this.pubSub.publish(CHANNELS.projectAccessChanged, change),
    );
  }

  list(projectId: string): Promise<ProjectMember[]> {
    return this.projects.members(projectId);
  }

  /** People who could join: active accounts of the owner and partner organisations. */
  async candidates(projectId: string, query: string): Promise<User[]> {
    const project = (await this.projects.findById(projectId))!;
    const organisations = [
      project.ownerOrganisationId,
      ...(await this.projects.partnerIds(projectId)),
    ];
    return this.users.searchInOrganisations(
      organisations,
      query.trim(),
      CANDIDATE_LIMIT,
      projectId,
    );
  }

  async put(
    projectId: string,
    userId: string,
    role: ProjectRole,
    principal: Principal,
  ): Promise<ProjectMember> {
    const user = await this.users.findById(userId);
    if (!user || user.deactivatedAt)
      throw badInput('userId', 'This account does not exist or is deactivated.');
    return this.unitOfWork.run(async (m) => {
      const project = (await this.projects.lockForUpdate(m, projectId))!;
      const partners = await this.projects.partnerIds(projectId, m);
      if (
        user.organisationId !== project.ownerOrganisationId &&
        !partners.includes(user.organisationId)
      ) {
        throw badInput(
          'userId',
          "Members must belong to the project's own or a partner organisation. Add their organisation as a partner first.",
        );
      }
      const before = await this.projects.findMembership(projectId, userId, m);
      const member = await this.projects.putMember(m, projectId, userId, role);
      if (before?.role === 'lead' && role !== 'lead') await this.assertLeadRemains(m, projectId);
      await this.activity.record(m, principal, {
        action: before ? 'project.member.roleChanged' : 'project.member.added',
        objectType: 'user',
        objectId: userId,
        projectId,
        detail: { role, ...(before ? { from: before.role } : {}) },
      });
      if (before && before.role !== role) this.announceAccessChange(m, projectId, userId);
      this.access.forget(principal, projectId);
      return member;
    });
  }

  async remove(projectId: string, userId: string, principal: Principal): Promise<void> {
    await this.unitOfWork.run(async (m) => {
      await this.projects.lockForUpdate(m, projectId);
      const before = await this.projects.findMembership(projectId, userId, m);
      if (!before) throw badInput('userId', 'This person is not a member of the project.');
      await this.projects.removeMember(m, projectId, userId);
      await this.assertLeadRemains(m, projectId);
      await this.activity.record(m, principal, {
        action: 'project.member.removed',
        objectType: 'user',
        objectId: userId,
        projectId,
        detail: { role: before.role },
      });
      this.announceAccessChange(m, projectId, userId);
      this.access.forget(principal, projectId);
    });
  }

  private async assertLeadRemains(
    manager: Parameters<ProjectsRepository['countLeads']>[0],
    projectId: string,
  ) {
    if ((await this.projects.countLeads(manager, projectId)) === 0) {
      throw conflict('A project needs at least one lead. Make someone else lead first.', 'role');
    }
  }
}
