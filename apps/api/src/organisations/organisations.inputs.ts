import { Field, ID, InputType } from '@nestjs/graphql';
import {
  COLOUR_PATTERN,
  LIMITS,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '@ketenlab/domain';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { OrganisationKindEnum } from '../common/graphql/domain-enums';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @Length(2, LIMITS.organisationNameMax)
  name!: string;

  @Field(() => OrganisationKindEnum)
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @Field({ description: 'Presence colour, #rrggbb.' })
  @Matches(COLOUR_PATTERN, { message: 'colour must look like #1a2b3c' })
  colour!: string;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, LIMITS.organisationNameMax)
  name?: string;

  @Field(() => OrganisationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(COLOUR_PATTERN, { message: 'colour must look like #1a2b3c' })
  colour?: string;
}
