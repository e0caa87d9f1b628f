import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { QualityReport } from './quality-report.entity';

/** One message in a report's thread: an answer from the owner side or a reply from anyone else. */
@ObjectType('QualityReportMessage')
@Entity('quality_report_messages')
@Index(['reportId', 'createdAt'])
export class QualityReportMessage {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => QualityReport, { onDelete: 'CASCADE' })
  @Column('uuid')
  reportId!: string;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  authorId!: string;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field({ description: 'Written for the dataset owner: an answer, not a reply.' })
  @Column({ type: 'boolean' })
  ownerSide!: boolean;

  @Field()
  @Column()
  createdAt!: Date;

  /** The report's project, for the permission check on `author`; not stored. */
  projectId?: string;
}
