import type { ProjectRole } from '@ketenlab/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { ProjectRoleEnum } from '../common/graphql/domain-enums';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Project } from './project.entity';

@ObjectType('ProjectMember')
@Entity('project_members')
export class ProjectMember {
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  projectId!: string;

  @Index()
  @ForeignKey(() => User, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  userId!: string;

  @Field(() => ProjectRoleEnum)
  @Column({ type: 'varchar' })
  role!: ProjectRole;

  @Field()
  @CreateDateColumn()
  addedAt!: Date;
}
