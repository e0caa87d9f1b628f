import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { signedInUser, type Principal } from '../auth/principal';
import { ActivityService } from '../activity/activity.service';
import { badInput } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { SearchIndex } from '../search/search-index';
import { Project } from './project.entity';
import type { CreateProjectInput, UpdateProjectInput } from './projects.inputs';
import { ProjectAccess } from './project-access.service';
import { ProjectsRepository } from './projects.repository';

@Injectable()
export class ProjectsService {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: ProjectAccess,
    private readonly search: SearchIndex,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  listVisible(principal: Principal): Promise<Project[]> {
    const user = signedInUser(principal);
    return this.projects.listVisibleTo(user.id, user.organisationId);
  }

  /** Only called behind `project.read`, so the project exists and the caller may see it. */
  async get(id: string): Promise<Project> {
    return (await this.projects.findById(id))!;
  }

  /** The creator's organisation owns the project, and the creator leads it. */
  async create(input: CreateProjectInput, principal: Principal): Promise<Project> {
    const user = signedInUser(principal);
    const partners = await this.validPartners(input.partnerOrganisationIds, user.organisationId);
    return this.unitOfWork.run(async (m) => {
      const project = await this.projects.save(
        m,
        Object.assign(new Project(), {
          id: randomUUID(),
          title: input.title.trim(),
          goal: input.goal.trim(),
          societalObjective: input.societalObjective.trim(),
          phase: input.phase,
          visibility: input.visibility,
          ownerOrganisationId: user.organisationId,
          createdById: user.id,
        }),
      );
      await this.projects.replacePartners(m, project.id, partners);
      await this.projects.putMember(m, project.id, user.id, 'lead');
      await this.index(m, project);
      await this.activity.record(m, principal, {
        action: 'project.created',
        objectType: 'project',
        objectId: project.id,
        projectId: project.id,
      });
      return project;
    });
  }

  async update(input: UpdateProjectInput, principal: Principal): Promise<Project> {
    const { ownerOrganisationId } = await this.get(input.id);
    const partners =
      input.partnerOrganisationIds &&
      (await this.validPartners(input.partnerOrganisationIds, ownerOrganisationId));
    const { id: _id, ...changes } = input;
    return this.unitOfWork.run(async (m) => {
      // Changes apply to the row as it is now, not as it was before waiting for the lock.
      const project = (await this.projects.lockForUpdate(m, input.id))!;
      for (const field of ['title', 'goal', 'societalObjective'] as const) {
        const value = input[field];
        if (value !== undefined) project[field] = value.trim();
      }
      if (input.phase) project.phase = input.phase;
      if (input.visibility) project.visibility = input.visibility;
      if (typeof input.staleAfterDays === 'number') project.staleAfterDays = input.staleAfterDays;
      const saved = await this.projects.save(m, project);
      if (partners) await this.projects.replacePartners(m, project.id, partners);
      await this.index(m, saved);
      await this.activity.record(m, principal, {
        action: 'project.updated',
        objectType: 'project',
        objectId: project.id,
        projectId: project.id,
        detail: {
          changed: Object.keys(changes).filter(
            (k) => changes[k as keyof typeof changes] !== undefined,
          ),
        },
      });
      this.access.forget(principal, project.id);
      return saved;
    });
  }

  private index(manager: EntityManager, project: Project): Promise<void> {
    return this.search.upsert(manager, {
      kind: 'project',
      objectId: project.id,
      projectId: project.id,
      title: project.title,
      body: `${project.goal}\n${project.societalObjective}`,
    });
  }

  /** Partners must exist and cannot include the owner itself; duplicates are folded. */
  private async validPartners(ids: readonly string[], ownerId: string): Promise<string[]> {
    const unique = [...new Set(ids)].filter((id) => id !== ownerId);
    const found = await this.organisations.findByIds(unique);
    if (found.length !== unique.length) {
      throw badInput('partnerOrganisationIds', 'One or more partner organisations do not exist.');
    }
    return unique;
  }
}
