import { Injectable } from '@nestjs/common';
import { allowsProject, LIMITS, type ProjectAction } from '@ketenlab/domain';
import type { Principal } from '../auth/principal';
import { ProjectAccess } from '../projects/project-access.service';
import { SearchIndex, searchTerms, type SearchHit } from './search-index';

/**
 * The permission a caller needs to see a hit of each kind. The index keeps to projects the
 * caller may see at all; this keeps, say, a hypothesis from a visitor who may only see the
 * project's overview. A kind missing here is never shown (deny by default).
 */
const READ_ACTION: Record<string, ProjectAction> = {
  project: 'project.read',
  question: 'question.read',
  hypothesis: 'hypothesis.read',
  /** Metadata only: the index never holds anything read from a dataset's rows. */
  dataset: 'dataset.read',
};

/** Search that respects permissions: only hits the caller may read come back. */
@Injectable()
export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly access: ProjectAccess,
  ) {}

  /**
   * Hits the caller may not read are dropped after ranking, so a visitor can get fewer than
   * `limit` hits while more readable ones rank lower.
   */
  async search(principal: Principal, text: string, limit = 20): Promise<SearchHit[]> {
    const terms = searchTerms(text);
    if (!terms.length) return [];
    const projectIds = await this.access.visibleProjectIds(principal);
    const hits = await this.index.query(terms, projectIds, Math.min(limit, LIMITS.pageSizeMax));
    const readable: SearchHit[] = [];
    // One hit at a time: the caller's relation to each project is computed once and remembered.
    for (const hit of hits) if (await this.mayRead(principal, hit)) readable.push(hit);
    return readable;
  }

  private async mayRead(principal: Principal, hit: SearchHit): Promise<boolean> {
    const action = READ_ACTION[hit.kind];
    if (!action || !hit.projectId) return false;
    return allowsProject(action, await this.access.relationOf(principal, hit.projectId));
  }
}
