import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EMAIL_PATTERN, LIMITS } from '@ketenlab/domain';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { User } from './user.entity';

@InputType()
export class InviteAccountInput {
  @Field()
  @MaxLength(LIMITS.emailMax)
  @Matches(EMAIL_PATTERN, { message: 'email must be an e-mail address' })
  email!: string;

  @Field()
  @IsString()
  @Length(LIMITS.nameMin, LIMITS.nameMax)
  name!: string;

  @Field(() => ID)
  @IsUUID()
  organisationId!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  isAdmin!: boolean;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.nameMin, LIMITS.nameMax)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['nl', 'en'])
  locale?: string;

  @Field({ nullable: true, description: 'false deactivates the account and ends its sessions.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ObjectType()
export class InvitationLink {
  @Field(() => User)
  user!: User;

  @Field({ description: 'Single-use link to hand to the person; valid for 14 days.' })
  url!: string;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'Whether the link was also sent by mail (only when SMTP is configured).' })
  mailed!: boolean;
}
