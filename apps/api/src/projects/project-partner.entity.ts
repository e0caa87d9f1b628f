import { CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Project } from './project.entity';

@Entity('project_partners')
export class ProjectPartner {
  @ForeignKey(() => Project, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  projectId!: string;

  @Index()
  @ForeignKey(() => Organisation, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  organisationId!: string;

  @CreateDateColumn()
  addedAt!: Date;
}
