import { Injectable } from '@nestjs/common';
import { visibleToOutsider, type ProjectRelation } from '@ketenlab/domain';
import type { Principal } from '../auth/principal';
import { ProjectsRepository } from './projects.repository';

/** Works out how a caller relates to a project: the input to every project-scoped permission. */
@Injectable()
export class ProjectAccess {
  constructor(private readonly projects: ProjectsRepository) {}

  async relationOf(principal: Principal, projectId: string): Promise<ProjectRelation> {
    const known = principal.projectRelations.get(projectId);
    if (known) return known;
    const relation = await this.compute(principal, projectId);
    principal.projectRelations.set(projectId, relation);
    return relation;
  }

  /** Forget what this request learned, after a change to membership or visibility. */
  forget(principal: Principal, projectId: string): void {
    principal.projectRelations.delete(projectId);
  }

  visibleProjectIds(principal: Principal): Promise<string[]> {
    const user = principal.user;
    return user ? this.projects.visibleIds(user.id, user.organisationId) : Promise.resolve([]);
  }

  private async compute(principal: Principal, projectId: string): Promise<ProjectRelation> {
    const user = principal.user;
    if (!user || !isUuid(projectId)) return 'outsider';
    const membership = await this.projects.findMembership(projectId, user.id);
    if (membership) return membership.role;
    const project = await this.projects.findById(projectId);
    if (!project) return 'outsider';
    const partnerOrganisationIds = await this.projects.partnerIds(projectId);
    return visibleToOutsider({ ...project, partnerOrganisationIds }, user.organisationId)
      ? 'visitor'
      : 'outsider';
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
