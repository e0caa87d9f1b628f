import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, SIGN_OFF_DECISIONS, type SignOffDecision } from '@ketenlab/domain';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { SignOffDecisionEnum } from '../common/graphql/domain-enums';

@InputType()
export class SignOffRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  registrationId!: string;

  @Field(() => SignOffDecisionEnum)
  @IsIn(SIGN_OFF_DECISIONS)
  decision!: SignOffDecision;

  @Field({ defaultValue: '', description: 'Required when asking for changes.' })
  @IsString()
  @MaxLength(LIMITS.signOffReasonMax)
  reason!: string;
}
