import { Global, Module } from '@nestjs/common';
import { ProjectAccess } from './project-access.service';
import { ProjectLiveAccess } from './project-live-access';
import { ProjectScopes } from './project-scopes';
import { ProjectFieldsResolver } from './project-fields.resolver';
import { ProjectMembersFieldResolver, ProjectMembersResolver } from './project-members.resolver';
import { ProjectMembersService } from './project-members.service';
import { ProjectsRepository } from './projects.repository';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Global()
@Module({
  providers: [
    ProjectsRepository,
    ProjectAccess,
    ProjectLiveAccess,
    ProjectScopes,
    ProjectsService,
    ProjectMembersService,
    ProjectsResolver,
    ProjectFieldsResolver,
    ProjectMembersResolver,
    ProjectMembersFieldResolver,
  ],
  exports: [ProjectAccess, ProjectLiveAccess, ProjectScopes, ProjectsRepository],
})
export class ProjectsModule {}
