import { Global, Module } from '@nestjs/common';
import { ActivityFeedResolver } from './activity-feed.resolver';
import { ActivityRepository } from './activity.repository';
import { ActivityFieldsResolver, ProjectActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';

@Global()
@Module({
  providers: [
    ActivityRepository,
    ActivityService,
    ProjectActivityResolver,
    ActivityFieldsResolver,
    ActivityFeedResolver,
  ],
  exports: [ActivityService],
})
export class ActivityModule {}
