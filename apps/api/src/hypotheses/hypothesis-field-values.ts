import { allowedTransitions, type HypothesisStatus } from '@ketenlab/domain';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { signedInUser, type Principal } from '../auth/principal';
import { preloadableFields, withPreloaded } from '../common/graphql/preloaded-fields';
import type { Organisation } from '../organisations/organisation.entity';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { ProjectAccess } from '../projects/project-access.service';
import type { Hypothesis } from './hypothesis.entity';
import { HypothesisLoaders } from './hypothesis.loaders';
import type { HypothesisTransitionType } from './hypothesis.types';

/** The fields of a hypothesis that are not its own columns, as the schema names them. */
export const HYPOTHESIS_RELATED_FIELDS = [
  'owner',
  'partners',
  'tags',
  'history',
  'allowedTransitions',
] as const;
export type HypothesisRelatedField = (typeof HYPOTHESIS_RELATED_FIELDS)[number];
preloadableFields('Hypothesis', HYPOTHESIS_RELATED_FIELDS);

/**
 * The values of those fields for a list of hypotheses, in its order: for a whole board at once
 * (`preload`), or for one hypothesis as a list of one (the field resolvers). Both go through
 * the same per-request loaders, so they answer the same and cost the same statements.
 */
@Injectable()
export class HypothesisFieldValues {
  constructor(
    private readonly loaders: HypothesisLoaders,
    private readonly users: UserLoader,
    private readonly organisations: OrganisationLoader,
    private readonly access: ProjectAccess,
  ) {}

  async owner(req: Request, hypotheses: readonly Hypothesis[]): Promise<User[]> {
    const owners = await this.users.byIds(
      req,
      hypotheses.map((h) => h.ownerId),
    );
    return hypotheses.map((h) => owners.get(h.ownerId)!);
  }

  async partners(req: Request, hypotheses: readonly Hypothesis[]): Promise<Organisation[][]> {
    const idLists = await this.loaders.partnerIds(
      req,
      hypotheses.map((h) => h.id),
    );
    const organisations = await this.organisations.byIds(req, idLists.flat());
    return idLists.map((ids) => ids.flatMap((id) => organisations.get(id) ?? []));
  }

  tags(req: Request, hypotheses: readonly Hypothesis[]): Promise<string[][]> {
    return this.loaders.tags(
      req,
      hypotheses.map((h) => h.id),
    );
  }

  history(req: Request, hypotheses: readonly Hypothesis[]): Promise<HypothesisTransitionType[][]> {
    return this.loaders.history(
      req,
      hypotheses.map((h) => h.id),
    );
  }

  async allowedTransitions(
    principal: Principal,
    hypotheses: readonly Hypothesis[],
  ): Promise<HypothesisStatus[][]> {
    const projectIds = [...new Set(hypotheses.map((h) => h.projectId))];
    const relations = await Promise.all(
      projectIds.map((id) => this.access.relationOf(principal, id)),
    );
    const relationOf = new Map(projectIds.map((id, i) => [id, relations[i]!]));
    const me = signedInUser(principal).id;
    return hypotheses.map((h) =>
      allowedTransitions(h.status, {
        relation: relationOf.get(h.projectId)!,
        isOwner: h.ownerId === me,
      }),
    );
  }

  /**
   * Loads the requested fields for every hypothesis of a list at once and attaches them, so
   * that GraphQL reads them as values instead of calling a guarded field resolver per
   * hypothesis and field (on a board of 500 that was 2,500 trips through Nest's pipeline,
   * most of the request's CPU: docs/benchmarks.md). Only for lists read under
   * `hypothesis.read` for the project they all belong to, which is what each field requires.
   */
  async preload(
    req: Request,
    principal: Principal,
    hypotheses: Hypothesis[],
    fields: ReadonlySet<string>,
  ): Promise<Hypothesis[]> {
    const wanted = HYPOTHESIS_RELATED_FIELDS.filter((f) => fields.has(f));
    if (wanted.length === 0) return hypotheses;
    const columns: unknown[][] = await Promise.all(
      wanted.map((field) =>
        field === 'allowedTransitions'
          ? this.allowedTransitions(principal, hypotheses)
          : this[field](req, hypotheses),
      ),
    );
    return hypotheses.map((h, i) =>
      withPreloaded(h, Object.fromEntries(wanted.map((field, j) => [field, columns[j]![i]]))),
    );
  }
}
