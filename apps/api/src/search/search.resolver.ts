import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@ketenlab/domain';
import { Can } from '../auth/can.decorator';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal } from '../common/context/graphql-context';
import { badInput } from '../common/errors/app-error';
import { SearchService } from './search.service';
import { SearchHitType } from './search.types';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Can('search.query')
  @Query(() => [SearchHitType], { description: 'Full-text search over what you may see.' })
  search(
    @Args('query') query: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    if (query.length > LIMITS.searchQueryMax) {
      throw badInput('query', `query must be at most ${LIMITS.searchQueryMax} characters`);
    }
    if (limit < 1 || limit > LIMITS.pageSizeMax) {
      throw badInput('limit', `limit must be between 1 and ${LIMITS.pageSizeMax}`);
    }
    return this.searchService.search(principal, query, limit);
  }
}
