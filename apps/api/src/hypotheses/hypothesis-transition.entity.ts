import type { HypothesisStatus } from '@ketenlab/domain';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Hypothesis } from './hypothesis.entity';

/**
 * One move of a hypothesis, never changed afterwards. The proposal itself is the first (from
 * null). `sequence` numbers the moves of one hypothesis, so the history has an exact order even
 * when two moves share a millisecond, and the unique index refuses a second move racing the first.
 */
@Entity('hypothesis_transitions')
@Index(['hypothesisId', 'sequence'], { unique: true })
export class HypothesisTransition {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => Hypothesis, { onDelete: 'CASCADE' })
  @Column('uuid')
  hypothesisId!: string;

  @Column('integer')
  sequence!: number;

  @Column({ type: 'varchar', nullable: true })
  fromStatus!: HypothesisStatus | null;

  @Column({ type: 'varchar' })
  toStatus!: HypothesisStatus;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  actorId!: string;

  @Column({ type: 'text', default: '' })
  rationale!: string;

  /** Set by the writer from the clock, with milliseconds. */
  @Column()
  createdAt!: Date;
}
