import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { UserLoader } from '../accounts/user.loader';
import { requestLoader } from '../common/context/request-loaders';
import type { EvidenceType, HypothesisTransitionType } from './hypothesis.types';
import { HypothesesRepository } from './hypotheses.repository';

/** Groups rows by the hypothesis they belong to, with an entry (maybe empty) for every id. */
function byHypothesis<T extends { hypothesisId: string }>(ids: readonly string[], rows: T[]) {
  const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.hypothesisId)?.push(row);
  return [...grouped].map(([id, items]) => ({ id, items }));
}

/** The items of each id's entry, in the order of `ids` (a loader answers null for none). */
async function itemsOf<T>(entries: Promise<Array<{ items: T[] } | null | Error>>): Promise<T[][]> {
  return (await entries).map((entry) => {
    if (entry instanceof Error) throw entry;
    return entry?.items ?? [];
  });
}

/**
 * Per-request loaders for what hangs off hypotheses, so that a board of any size costs the same
 * few statements: one for the tags of all its hypotheses, one for their partners, two for their
 * histories (transitions, evidence, and the users who made the moves). Each takes a list of
 * hypotheses and answers in its order; one hypothesis is a list of one, batched with the others
 * asked for in the same tick.
 */
@Injectable()
export class HypothesisLoaders {
  constructor(
    private readonly hypotheses: HypothesesRepository,
    private readonly users: UserLoader,
  ) {}

  async tags(req: Request, ids: readonly string[]): Promise<string[][]> {
    const loader = requestLoader(
      req,
      'hypothesisTags',
      async (batch) => byHypothesis(batch, await this.hypotheses.tagsOf(batch)),
      (e) => e.id,
    );
    return (await itemsOf(loader.loadMany(ids))).map((rows) => rows.map((row) => row.tag));
  }

  async partnerIds(req: Request, ids: readonly string[]): Promise<string[][]> {
    const loader = requestLoader(
      req,
      'hypothesisPartners',
      async (batch) => byHypothesis(batch, await this.hypotheses.partnersOf(batch)),
      (e) => e.id,
    );
    return (await itemsOf(loader.loadMany(ids))).map((rows) =>
      rows.map((row) => row.organisationId),
    );
  }

  history(req: Request, ids: readonly string[]): Promise<HypothesisTransitionType[][]> {
    const loader = requestLoader(
      req,
      'hypothesisHistory',
      async (batch) => {
        const [transitions, evidence] = await Promise.all([
          this.hypotheses.transitionsOf(batch),
          this.hypotheses.evidenceOf(batch),
        ]);
        const cited = new Map(transitions.map((t) => [t.id, [] as EvidenceType[]]));
        for (const { transitionId, ...item } of evidence) cited.get(transitionId)?.push(item);
        // Who made each move is part of the history, loaded with it in one batch: as a field
        // resolver of its own it ran once per transition, and on a board of 500 hypotheses
        // those 2,500 resolver calls cost more than all the board's SQL (docs/benchmarks.md).
        const actors = await this.users.byIds(
          req,
          transitions.map((t) => t.actorId),
        );
        return byHypothesis(
          batch,
          transitions.map((t): HypothesisTransitionType & { hypothesisId: string } => ({
            id: t.id,
            hypothesisId: t.hypothesisId,
            fromStatus: t.fromStatus,
            toStatus: t.toStatus,
            actorId: t.actorId,
            rationale: t.rationale,
            createdAt: t.createdAt,
            by: actors.get(t.actorId)!,
            evidence: cited.get(t.id) ?? [],
          })),
        );
      },
      (e) => e.id,
    );
    return itemsOf(loader.loadMany(ids));
  }
}
