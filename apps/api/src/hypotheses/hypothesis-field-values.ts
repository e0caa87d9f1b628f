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
 * The values of those fields, one hypothesis at a time (the field resolvers) or for a whole
 * list in one batch (the board). Both go through the same per-request loaders, so they answer
 * the same and cost the same statements.
 */
@Injectable()
export class HypothesisFieldValues {
  constructor(
    private readonly loaders: HypothesisLoaders,
    private readonly users: UserLoader,
    private readonly organisations: OrganisationLoader,
    private readonly access: ProjectAccess,
  ) {}

  async owner(req: Request, hypothesis: Hypothesis): Promise<User> {
    return (await this.users.load(req, hypothesis.ownerId))!;
  }

  async partners(req: Request, hypothesis: Hypothesis): Promise<Organisation[]> {
    return this.organisations.loadMany(req, await this.loaders.partnerIds(req, hypothesis.id));
  }

  tags(req: Request, hypothesis: Hypothesis): Promise<string[]> {
    return this.loaders.tags(req, hypothesis.id);
  }

  history(req: Request, hypothesis: Hypothesis): Promise<HypothesisTransitionType[]> {
    return this.loaders.history(req, hypothesis);
  }

  async allowedTransitions(
    principal: Principal,
    hypothesis: Hypothesis,
  ): Promise<HypothesisStatus[]> {
    return allowedTransitions(hypothesis.status, {
      relation: await this.access.relationOf(principal, hypothesis.projectId),
      isOwner: hypothesis.ownerId === signedInUser(principal).id,
    });
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
    const value = (field: HypothesisRelatedField, h: Hypothesis): Promise<unknown> => {
      if (field === 'allowedTransitions') return this.allowedTransitions(principal, h);
      return this[field](req, h);
    };
    const loaded = await Promise.all(
      hypotheses.map((h) => Promise.all(wanted.map((field) => value(field, h)))),
    );
    return hypotheses.map((h, i) =>
      withPreloaded(h, Object.fromEntries(wanted.map((field, j) => [field, loaded[i]?.[j]]))),
    );
  }
}
