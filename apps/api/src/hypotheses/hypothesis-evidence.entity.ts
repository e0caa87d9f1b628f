import type { EvidenceKind } from '@ketenlab/domain';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { HypothesisTransition } from './hypothesis-transition.entity';

/**
 * A piece of evidence cited by a transition. `targetId` points at an object of `kind` (a question
 * version, a question, later a dataset, result or annotation) without a foreign key, since the
 * kinds live in different tables; an external source has a URL and title instead.
 */
@Entity('hypothesis_evidence')
@Index(['transitionId', 'position'], { unique: true })
export class HypothesisEvidence {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => HypothesisTransition, { onDelete: 'CASCADE' })
  @Column('uuid')
  transitionId!: string;

  /** The order in which the evidence was cited. */
  @Column('integer')
  position!: number;

  @Column({ type: 'varchar' })
  kind!: EvidenceKind;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text', nullable: true })
  quote!: string | null;

  @Column({ type: 'varchar', nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', nullable: true })
  title!: string | null;
}
