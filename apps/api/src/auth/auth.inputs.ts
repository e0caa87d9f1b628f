import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { EMAIL_PATTERN, LIMITS } from '@ketenlab/domain';
import { IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { User } from '../accounts/user.entity';
import { AuthToken } from './auth-token.entity';

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(LIMITS.emailMax)
  @Matches(EMAIL_PATTERN, { message: 'email must be an e-mail address' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, LIMITS.passwordMax)
  password!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(10, 200)
  token!: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, {
    message: `password must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters`,
  })
  password!: string;
}

@InputType()
export class CreatePersonalAccessTokenInput {
  @Field()
  @IsString()
  @Length(1, LIMITS.tokenNameMax)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires; omit for no expiry.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  expiresInDays?: number;
}

@ObjectType()
export class SignInPayload {
  @Field({ description: 'Also works as a Bearer token for API clients.' })
  token!: string;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class CreatedPersonalAccessToken {
  @Field({ description: 'The secret; shown only now.' })
  token!: string;

  @Field(() => AuthToken)
  personalAccessToken!: AuthToken;
}
