import { Global, Module } from '@nestjs/common';
import { ActivityFeedResolver } from './activity-feed.resolver';
import { ActivityRepository } from './activity.repository';
import { ActivityFieldsResolver, ProjectActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';
import { ProjectVisitsRepository } from './project-visits.repository';
import { SinceLastVisitResolver } from './since-last-visit.resolver';
import { SinceLastVisitService } from './since-last-visit.service';

@Global()
@Module({
  providers: [
    ActivityRepository,
    ActivityService,
    ProjectActivityResolver,
    ActivityFieldsResolver,
    ActivityFeedResolver,
    ProjectVisitsRepository,
    SinceLastVisitService,
    SinceLastVisitResolver,
  ],
  exports: [ActivityService],
})
export class ActivityModule {}
