import { Entity, Column, ForeignKey, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Project } from '../projects/project.entity';

/** When someone last marked a project as seen: "since your last visit" starts there. */
@Entity('project_visits')
export class ProjectVisit {
  @ForeignKey(() => User, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  userId!: string;

  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  projectId!: string;

  @Column()
  seenAt!: Date;
}
