import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  allowsOrganisation,
  allowsPlatform,
  allowsProject,
  isPlatformAction,
  organisationRuleOf,
  type ProjectAction,
} from '@ketenlab/domain';
import type { Request } from 'express';
import { AppError, forbidden, notAllowed, unauthenticated } from '../common/errors/app-error';
import { OrganisationOwnership } from '../projects/organisation-ownership';
import { ProjectAccess } from '../projects/project-access.service';
import { ProjectScopes } from '../projects/project-scopes';
import { PUBLIC_ENDPOINT, REQUIREMENT, type Requirement, type ResolverCall } from './can.decorator';
import { platformRelation, type Principal } from './principal';
import { principalOf } from './request-principal';

/**
 * Applies the permission matrix to every resolver, field resolver and controller route.
 * Deny by default: a handler that declares nothing is refused. HTTP routes locate their
 * object from the path parameters (`args` are `req.params` there).
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  private readonly logger = new Logger(PermissionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly projectAccess: ProjectAccess,
    private readonly scopes: ProjectScopes,
    private readonly ownership: OrganisationOwnership,
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
    const { req, call } = this.callOf(context);
    const principal = principalOf(req);
    if (isPlatformAction(requirement.action)) {
      if (allowsPlatform(requirement.action, platformRelation(principal))) return true;
      throw principal.user ? notAllowed() : unauthenticated();
    }
    const { project } = requirement as Extract<Requirement, { project: unknown }>;
    const action = requirement.action as ProjectAction;
    const located = project(call);
    if (!principal.user) throw unauthenticated();
    const rule = organisationRuleOf(action);
    if (!rule) {
      await this.checkProject(principal, action, await this.scopes.projectOf(located));
      return true;
    }
    // Objects with an owner organisation carry their project: one batched look-up for both.
    const owned =
      located && typeof located === 'object' ? await this.ownership.of(req, located) : null;
    await this.checkProject(principal, action, owned?.projectId);
    if (!allowsOrganisation(action, principal.user.organisationId, owned!)) {
      throw organisationRefused(rule);
    }
    return true;
  }

  private callOf(context: ExecutionContext): { req: Request; call: ResolverCall } {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      return { req: gql.getContext().req, call: { args: gql.getArgs(), parent: gql.getRoot() } };
    }
    const req = context.switchToHttp().getRequest<Request>();
    return { req, call: { args: { ...req.params }, parent: undefined } };
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

function organisationRefused(rule: 'rowReaders' | 'owner'): AppError {
  return new AppError(
    'FORBIDDEN',
    rule === 'owner'
      ? 'Only members of the organisation that owns this dataset may do this.'
      : 'Your organisation has no access to the rows of this dataset. Ask the organisation that owns it.',
  );
}
