import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, QUALITY_DIMENSIONS, type QualityDimension } from '@ketenlab/domain';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { QualityDimensionEnum } from '../common/graphql/domain-enums';

@InputType()
export class FileQualityReportInput {
  @Field(() => ID)
  @IsUUID()
  datasetId!: string;

  @Field(() => QualityDimensionEnum)
  @IsIn(QUALITY_DIMENSIONS)
  dimension!: QualityDimension;

  @Field(() => String, {
    nullable: true,
    description: 'A column of the current version, by name; leave out for the whole dataset.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.qualityReportColumnMax)
  column?: string | null;

  @Field({ description: 'What seems wrong, and where you noticed it.' })
  @IsString()
  @Length(LIMITS.qualityReportDescriptionMin, LIMITS.qualityReportDescriptionMax)
  description!: string;
}

@InputType()
export class ReplyToQualityReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId!: string;

  @Field()
  @IsString()
  @Length(1, LIMITS.qualityReportMessageMax)
  message!: string;
}

/** A confirmation says what was done: the version that fixes it, a note, or both. */
@InputType()
export class ConfirmQualityReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.qualityReportMessageMax)
  note!: string;

  @Field(() => ID, { nullable: true, description: 'A version of the same dataset.' })
  @IsOptional()
  @IsUUID()
  fixedInVersionId?: string | null;
}

@InputType()
export class RejectQualityReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId!: string;

  @Field()
  @IsString()
  @Length(1, LIMITS.qualityReportMessageMax)
  reason!: string;
}
