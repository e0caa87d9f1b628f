import { SetMetadata } from '@nestjs/common';
import type { Action, PlatformAction, ProjectAction } from '@ketenlab/domain';

export interface ResolverCall {
  args: Record<string, any>;
  parent: any;
}

/**
 * A reference to something that lives in a project: its kind and id. The guard asks
 * ProjectScopes which project that is (a question id leads to its project, and so on).
 */
export type ScopedReference = { kind: string; id: string | undefined };

/** Where a project-scoped action finds its project: a project id, or an object inside one. */
export type ProjectLocator = (call: ResolverCall) => string | ScopedReference | undefined;

export type Requirement =
  { action: PlatformAction } | { action: ProjectAction; project: ProjectLocator };

export const REQUIREMENT = 'ketenlab:requirement';
export const PUBLIC_ENDPOINT = 'ketenlab:public-endpoint';

/**
 * Declares the permission a resolver or field needs. The guard denies anything without a
 * declaration, so forgetting this decorator fails closed.
 */
export function Can(action: PlatformAction): MethodDecorator;
export function Can(action: ProjectAction, project: ProjectLocator): MethodDecorator;
export function Can(action: Action, project?: ProjectLocator): MethodDecorator {
  return SetMetadata(REQUIREMENT, project ? { action, project } : { action });
}

/** For plain HTTP endpoints that anyone may call (health checks); never for GraphQL. */
export const PublicEndpoint = () => SetMetadata(PUBLIC_ENDPOINT, true);
