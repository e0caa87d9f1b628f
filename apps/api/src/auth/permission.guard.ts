import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  allowsPlatform,
  allowsProject,
  isPlatformAction,
  type ProjectAction,
} from '@ketenlab/domain';
import { forbidden, notAllowed, unauthenticated } from '../common/errors/app-error';
import { ProjectAccess } from '../projects/project-access.service';
import { ProjectScopes } from '../projects/project-scopes';
import { PUBLIC_ENDPOINT, REQUIREMENT, type Requirement } from './can.decorator';
import { platformRelation, type Principal } from './principal';
import { principalOf } from './request-principal';

/**
 * Applies the permission matrix to every resolver, field resolver and controller route.
 * Deny by default: a handler that declares nothing is refused.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  private readonly logger = new Logger(PermissionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly projectAccess: ProjectAccess,
    private readonly scopes: ProjectScopes,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (context.getType() === 'http') {
      if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ENDPOINT, targets)) return true;
    }
    const requirement = this.reflector.get<Requirement | undefined>(
      REQUIREMENT,
      context.getHandler(),
    );
    if (!requirement) {
      this.logger.error(
        `No permission declared for ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw forbidden();
    }
    if (context.getType<string>() !== 'graphql') throw forbidden();

    const gql = GqlExecutionContext.create(context);
    const principal = principalOf(gql.getContext().req);
    if (isPlatformAction(requirement.action)) {
      if (allowsPlatform(requirement.action, platformRelation(principal))) return true;
      throw principal.user ? notAllowed() : unauthenticated();
    }
    const { project } = requirement as Extract<Requirement, { project: unknown }>;
    const located = project({ args: gql.getArgs(), parent: gql.getRoot() });
    if (!principal.user) throw unauthenticated();
    return this.checkProject(
      principal,
      requirement.action as ProjectAction,
      await this.scopes.projectOf(located),
    );
  }

  private async checkProject(
    principal: Principal,
    action: ProjectAction,
    projectId: string | undefined,
  ) {
    const relation = projectId
      ? await this.projectAccess.relationOf(principal, projectId)
      : 'outsider';
    if (allowsProject(action, relation)) return true;
    throw relation === 'outsider' ? forbidden('this project') : notAllowed();
  }
}
