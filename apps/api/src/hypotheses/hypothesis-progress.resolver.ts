import { LIMITS } from '@ketenlab/domain';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import { badInput } from '../common/errors/app-error';
import { Project } from '../projects/project.entity';
import { HypothesisProgressService } from './hypothesis-progress.service';
import { HypothesisProgress } from './hypothesis-progress.types';

@Resolver(() => Project)
export class ProjectHypothesisProgressResolver {
  constructor(private readonly progress: HypothesisProgressService) {}

  @Can('hypothesis.read', ({ parent }) => parent.id)
  @ResolveField(() => HypothesisProgress, {
    description: 'Hypotheses per status per question, verdicts this month and the stale open ones.',
  })
  hypothesisProgress(
    @Parent() project: Project,
    @Args('staleFirst', {
      type: () => Int,
      defaultValue: 20,
      description: 'How many stale hypotheses to list (staleCount has them all).',
    })
    staleFirst: number,
  ): Promise<HypothesisProgress> {
    if (staleFirst < 1 || staleFirst > LIMITS.pageSizeMax) {
      throw badInput('staleFirst', `staleFirst must be between 1 and ${LIMITS.pageSizeMax}`);
    }
    return this.progress.of(project, staleFirst);
  }
}
