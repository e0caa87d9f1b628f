import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';

@ObjectType('User')
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored lowercased: addresses are compared case-insensitively. */
  @Column({ type: 'varchar', unique: true })
  email!: string;

  @Field()
  @Column({ type: 'varchar' })
  name!: string;

  /** argon2id PHC string; null until the account's invitation is accepted. */
  @Column({ type: 'varchar', nullable: true })
  passwordHash!: string | null;

  @Field(() => ID)
  @Index()
  @ForeignKey(() => Organisation, { onDelete: 'RESTRICT' })
  @Column('uuid')
  organisationId!: string;

  @Field()
  @Column({ type: 'boolean', default: false })
  isAdmin!: boolean;

  @Field()
  @Column({ type: 'varchar', default: 'nl' })
  locale!: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn()
  createdAt!: Date;
}
