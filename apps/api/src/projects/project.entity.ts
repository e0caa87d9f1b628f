import { LIMITS, type ProjectPhase, type ProjectVisibility } from '@ketenlab/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectPhaseEnum, ProjectVisibilityEnum } from '../common/graphql/domain-enums';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../accounts/user.entity';
import { Organisation } from '../organisations/organisation.entity';

@ObjectType('Project')
@Entity('projects')
export class Project {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar' })
  title!: string;

  @Field({ description: 'What we want and why.' })
  @Column({ type: 'text' })
  goal!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  societalObjective!: string;

  @Field(() => ProjectPhaseEnum)
  @Column({ type: 'varchar' })
  phase!: ProjectPhase;

  @Field(() => ProjectVisibilityEnum)
  @Column({ type: 'varchar' })
  visibility!: ProjectVisibility;

  @Field(() => Int, {
    description: 'Days without activity after which an open hypothesis counts as stale.',
  })
  @Column({ type: 'integer', default: LIMITS.staleAfterDaysDefault })
  staleAfterDays!: number;

  @ForeignKey(() => Organisation, { onDelete: 'RESTRICT' })
  @Column('uuid')
  ownerOrganisationId!: string;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdById!: string;

  @Field()
  @CreateDateColumn()
  createdAt!: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt!: Date;
}
