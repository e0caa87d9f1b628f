import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ProjectRole } from '@ketenlab/domain';
import { Project } from './project.entity';
import { ProjectMember } from './project-member.entity';
import { ProjectPartner } from './project-partner.entity';

@Injectable()
export class ProjectsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager() {
    return this.dataSource.manager;
  }

  findById(id: string): Promise<Project | null> {
    return this.manager.findOneBy(Project, { id });
  }

  /**
   * The project, read inside `manager`'s transaction and locked until it ends, so concurrent
   * changes to one project (its fields, its members) take turns: without this, two updates of
   * different fields overwrote each other, and two leads demoting each other both saw the other
   * still lead. SQLite transactions already take turns (UnitOfWork), and TypeORM has no row
   * locks for it.
   */
  lockForUpdate(manager: EntityManager, id: string): Promise<Project | null> {
    const lock =
      manager.connection.options.type === 'postgres'
        ? { lock: { mode: 'pessimistic_write' as const } }
        : {};
    return manager.findOne(Project, { where: { id }, ...lock });
  }

  findMembership(
    projectId: string,
    userId: string,
    manager: EntityManager = this.manager,
  ): Promise<ProjectMember | null> {
    return manager.findOneBy(ProjectMember, { projectId, userId });
  }

  async partnerIds(projectId: string, manager: EntityManager = this.manager): Promise<string[]> {
    const rows = await manager.find(ProjectPartner, {
      where: { projectId },
      order: { addedAt: 'ASC' },
    });
    return rows.map((row) => row.organisationId);
  }

  /** Partner organisation ids for many projects at once (for per-request loaders). */
  async partnersOf(projectIds: readonly string[]): Promise<ProjectPartner[]> {
    return this.manager.find(ProjectPartner, {
      where: { projectId: In([...projectIds]) },
      order: { addedAt: 'ASC' },
    });
  }

  members(projectId: string): Promise<ProjectMember[]> {
    return this.manager.find(ProjectMember, { where: { projectId }, order: { addedAt: 'ASC' } });
  }

  countLeads(manager: EntityManager, projectId: string): Promise<number> {
    return manager.countBy(ProjectMember, { projectId, role: 'lead' });
  }

  /**
   * Projects a signed-in user may see: where they are a member, public ones, and partner-visible
   * ones of their organisation. One query whatever the number of projects.
   */
  visibleTo(userId: string, organisationId: string, onlyIds?: readonly string[]) {
    const query = this.manager.createQueryBuilder(Project, 'p').where(
      `(p.id IN (SELECT m."projectId" FROM project_members m WHERE m."userId" = :userId)
          OR p.visibility = 'public'
          OR (p.visibility = 'partners' AND (p."ownerOrganisationId" = :organisationId
              OR p.id IN (SELECT pp."projectId" FROM project_partners pp WHERE pp."organisationId" = :organisationId))))`,
      { userId, organisationId },
    );
    if (onlyIds)
      query.andWhere('p.id IN (:...onlyIds)', { onlyIds: onlyIds.length ? onlyIds : [''] });
    return query;
  }

  listVisibleTo(userId: string, organisationId: string): Promise<Project[]> {
    return this.visibleTo(userId, organisationId).orderBy('p.updatedAt', 'DESC').getMany();
  }

  async visibleIds(userId: string, organisationId: string): Promise<string[]> {
    const rows = await this.visibleTo(userId, organisationId)
      .select('p.id', 'id')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  save(manager: EntityManager, project: Project): Promise<Project> {
    return manager.save(Project, project);
  }

  async replacePartners(
    manager: EntityManager,
    projectId: string,
    organisationIds: readonly string[],
  ) {
    await manager.delete(ProjectPartner, { projectId });
    if (organisationIds.length) {
      await manager.insert(
        ProjectPartner,
        organisationIds.map((organisationId) => ({ projectId, organisationId })),
      );
    }
  }

  async putMember(manager: EntityManager, projectId: string, userId: string, role: ProjectRole) {
    const existing = await manager.findOneBy(ProjectMember, { projectId, userId });
    if (existing) {
      existing.role = role;
      return manager.save(ProjectMember, existing);
    }
    return manager.save(ProjectMember, manager.create(ProjectMember, { projectId, userId, role }));
  }

  async removeMember(manager: EntityManager, projectId: string, userId: string): Promise<void> {
    await manager.delete(ProjectMember, { projectId, userId });
  }
}
