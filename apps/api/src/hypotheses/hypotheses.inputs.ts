import { Field, ID, InputType } from '@nestjs/graphql';
import {
  EVIDENCE_KINDS,
  EXPECTED_DIRECTIONS,
  HYPOTHESIS_STATUSES,
  LIMITS,
  type EvidenceKind,
  type ExpectedDirection,
  type HypothesisStatus,
} from '@ketenlab/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  EvidenceKindEnum,
  ExpectedDirectionEnum,
  HypothesisStatusEnum,
} from '../common/graphql/domain-enums';

@InputType()
export class ProposeHypothesisInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field()
  @IsString()
  @Length(LIMITS.hypothesisStatementMin, LIMITS.hypothesisStatementMax)
  statement!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.hypothesisRationaleMax)
  rationale!: string;

  @Field(() => ExpectedDirectionEnum, { nullable: true })
  @IsOptional()
  @IsIn(EXPECTED_DIRECTIONS)
  expectedDirection?: ExpectedDirection | null;

  @Field(() => ID, { nullable: true, description: 'A project member who edits; you by default.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.hypothesisPartnersMax)
  @IsUUID('all', { each: true })
  partnerOrganisationIds!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.hypothesisTagsMax)
  @IsString({ each: true })
  @Length(1, LIMITS.hypothesisTagMax, { each: true })
  tags!: string[];
}

/** Omitted fields stay as they are; `expectedDirection: null` clears the direction. */
@InputType()
export class UpdateHypothesisInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.hypothesisStatementMin, LIMITS.hypothesisStatementMax)
  statement?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.hypothesisRationaleMax)
  rationale?: string;

  @Field(() => ExpectedDirectionEnum, { nullable: true })
  @IsOptional()
  @IsIn(EXPECTED_DIRECTIONS)
  expectedDirection?: ExpectedDirection | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Giving the hypothesis to someone else is for leads.',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.hypothesisPartnersMax)
  @IsUUID('all', { each: true })
  partnerOrganisationIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.hypothesisTagsMax)
  @IsString({ each: true })
  @Length(1, LIMITS.hypothesisTagMax, { each: true })
  tags?: string[];
}

/**
 * One piece of evidence. Which fields a kind needs: question_version and dataset a `targetId`;
 * question_passage the question as `targetId` and the `quote`; external a `url` and `title`.
 * New kinds reuse `targetId` for what they point at.
 */
@InputType()
export class EvidenceInput {
  @Field(() => EvidenceKindEnum)
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.evidenceQuoteMax)
  quote?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.evidenceUrlMax)
  url?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.evidenceTitleMax)
  title?: string;
}

@InputType()
export class TransitionHypothesisInput {
  @Field(() => ID)
  @IsUUID()
  hypothesisId!: string;

  @Field(() => HypothesisStatusEnum)
  @IsIn(HYPOTHESIS_STATUSES)
  to!: HypothesisStatus;

  @Field({ defaultValue: '', description: 'Why: required for a verdict and for reopening one.' })
  @IsString()
  @MaxLength(LIMITS.transitionRationaleMax)
  rationale!: string;

  @Field(() => [EvidenceInput], {
    defaultValue: [],
    description: 'Required (at least one) for a verdict.',
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.evidencePerTransitionMax)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence!: EvidenceInput[];
}

@InputType()
export class HypothesisFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  questionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerOrganisationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.hypothesisTagMax)
  tag?: string;
}
