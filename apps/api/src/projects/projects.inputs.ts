import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  LIMITS,
  PROJECT_PHASES,
  PROJECT_ROLES,
  PROJECT_VISIBILITIES,
  type ProjectPhase,
  type ProjectRole,
  type ProjectVisibility,
} from '@ketenlab/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ProjectPhaseEnum,
  ProjectRoleEnum,
  ProjectVisibilityEnum,
} from '../common/graphql/domain-enums';

@InputType()
export class CreateProjectInput {
  @Field()
  @IsString()
  @Length(LIMITS.projectTitleMin, LIMITS.projectTitleMax)
  title!: string;

  @Field({ description: 'What we want and why.' })
  @IsString()
  @Length(1, LIMITS.projectGoalMax)
  goal!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.projectObjectiveMax)
  societalObjective!: string;

  @Field(() => ProjectPhaseEnum, { defaultValue: 'idea' })
  @IsIn(PROJECT_PHASES)
  phase!: ProjectPhase;

  @Field(() => ProjectVisibilityEnum, { defaultValue: 'partners' })
  @IsIn(PROJECT_VISIBILITIES)
  visibility!: ProjectVisibility;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  partnerOrganisationIds!: string[];
}

@InputType()
export class UpdateProjectInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.projectTitleMin, LIMITS.projectTitleMax)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.projectGoalMax)
  goal?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.projectObjectiveMax)
  societalObjective?: string;

  @Field(() => ProjectPhaseEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_PHASES)
  phase?: ProjectPhase;

  @Field(() => ProjectVisibilityEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_VISIBILITIES)
  visibility?: ProjectVisibility;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  partnerOrganisationIds?: string[];

  @Field(() => Int, {
    nullable: true,
    description: `Days without activity after which an open hypothesis counts as stale (${LIMITS.staleAfterDaysMin}-${LIMITS.staleAfterDaysMax}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.staleAfterDaysMin)
  @Max(LIMITS.staleAfterDaysMax)
  staleAfterDays?: number;
}

@InputType()
export class ProjectMemberInput {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => ProjectRoleEnum)
  @IsIn(PROJECT_ROLES)
  role!: ProjectRole;
}

@InputType()
export class RemoveProjectMemberInput {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;
}
