import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { UserLoader } from '../accounts/user.loader';
import { requestLoader } from '../common/context/request-loaders';
import type { Hypothesis } from './hypothesis.entity';
import type { EvidenceType, HypothesisTransitionType } from './hypothesis.types';
import { HypothesesRepository } from './hypotheses.repository';

/** Groups rows by the hypothesis they belong to, with an entry (maybe empty) for every id. */
function byHypothesis<T extends { hypothesisId: string }>(ids: readonly string[], rows: T[]) {
  const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.hypothesisId)?.push(row);
  return [...grouped].map(([id, items]) => ({ id, items }));
}

/**
 * Per-request loaders for what hangs off a hypothesis, so that a board of any size costs the same
 * few statements: one for the tags of all its hypotheses, one for their partners, two for their
 * histories (transitions, evidence, and the users who made the moves).
 */
@Injectable()
export class HypothesisLoaders {
  constructor(
    private readonly hypotheses: HypothesesRepository,
    private readonly users: UserLoader,
  ) {}

  async tags(req: Request, id: string): Promise<string[]> {
    const entry = await requestLoader(
      req,
      'hypothesisTags',
      async (ids) => byHypothesis(ids, await this.hypotheses.tagsOf(ids)),
      (e) => e.id,
    ).load(id);
    return entry?.items.map((row) => row.tag) ?? [];
  }

  async partnerIds(req: Request, id: string): Promise<string[]> {
    const entry = await requestLoader(
      req,
      'hypothesisPartners',
      async (ids) => byHypothesis(ids, await this.hypotheses.partnersOf(ids)),
      (e) => e.id,
    ).load(id);
    return entry?.items.map((row) => row.organisationId) ?? [];
  }

  async history(req: Request, hypothesis: Hypothesis): Promise<HypothesisTransitionType[]> {
    const entry = await requestLoader(
      req,
      'hypothesisHistory',
      async (ids) => {
        const [transitions, evidence] = await Promise.all([
          this.hypotheses.transitionsOf(ids),
          this.hypotheses.evidenceOf(ids),
        ]);
        const cited = new Map(transitions.map((t) => [t.id, [] as EvidenceType[]]));
        for (const { transitionId, ...item } of evidence) cited.get(transitionId)?.push(item);
        // Who made each move is part of the history, loaded with it in one batch: as a field
        // resolver of its own it ran once per transition, and on a board of 500 hypotheses
        // those 2,500 resolver calls cost more than all the board's SQL (docs/benchmarks.md).
        const actorIds = [...new Set(transitions.map((t) => t.actorId))];
        const actors = await this.users.loadMany(req, actorIds);
        const actorById = new Map(actors.map((user) => [user.id, user]));
        return byHypothesis(
          ids,
          transitions.map((t): HypothesisTransitionType & { hypothesisId: string } => ({
            id: t.id,
            hypothesisId: t.hypothesisId,
            fromStatus: t.fromStatus,
            toStatus: t.toStatus,
            actorId: t.actorId,
            rationale: t.rationale,
            createdAt: t.createdAt,
            by: actorById.get(t.actorId)!,
            evidence: cited.get(t.id) ?? [],
          })),
        );
      },
      (e) => e.id,
    ).load(hypothesis.id);
    return entry?.items ?? [];
  }
}
