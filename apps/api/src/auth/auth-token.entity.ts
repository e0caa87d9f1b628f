import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';

export const TOKEN_KINDS = ['session', 'personal'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/**
 * Web sessions and personal access tokens are one thing: an opaque bearer secret whose HMAC is
 * stored. A session expires after inactivity; a personal token when its owner says so.
 */
@ObjectType('PersonalAccessToken', {
  description: 'A bearer token for API clients; the secret is shown once, at creation.',
})
@Entity('auth_tokens')
export class AuthToken {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @ForeignKey(() => User, { onDelete: 'CASCADE' })
  @Column('uuid')
  userId!: string;

  @Column({ type: 'varchar' })
  kind!: TokenKind;

  @Field()
  @Column({ type: 'varchar' })
  name!: string;

  @Column({ type: 'varchar', unique: true })
  tokenHash!: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: Date, nullable: true })
  revokedAt!: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt!: Date;
}
