import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, QUESTION_STATUSES, type QuestionStatus } from '@ketenlab/domain';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { QuestionStatusEnum } from '../common/graphql/domain-enums';

@InputType()
export class CreateQuestionInput {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;

  @Field()
  @IsString()
  @Length(LIMITS.questionTitleMin, LIMITS.questionTitleMax)
  title!: string;
}

@InputType()
export class RenameQuestionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @Length(LIMITS.questionTitleMin, LIMITS.questionTitleMax)
  title!: string;
}

@InputType()
export class SetQuestionStatusInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => QuestionStatusEnum)
  @IsIn(QUESTION_STATUSES)
  status!: QuestionStatus;
}

@InputType()
export class SaveQuestionVersionInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field()
  @IsString()
  @Length(1, LIMITS.versionNameMax)
  name!: string;
}
