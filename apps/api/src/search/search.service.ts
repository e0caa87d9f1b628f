import { Injectable } from '@nestjs/common';
import { LIMITS } from '@ketenlab/domain';
import type { Principal } from '../auth/principal';
import { ProjectAccess } from '../projects/project-access.service';
import { SearchIndex, searchTerms, type SearchHit } from './search-index';

/** Search that respects permissions: only hits in projects the caller may see come back. */
@Injectable()
export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly access: ProjectAccess,
  ) {}

  async search(principal: Principal, text: string, limit = 20): Promise<SearchHit[]> {
    const terms = searchTerms(text);
    if (!terms.length) return [];
    const projectIds = await this.access.visibleProjectIds(principal);
    return this.index.query(terms, projectIds, Math.min(limit, LIMITS.pageSizeMax));
  }
}
