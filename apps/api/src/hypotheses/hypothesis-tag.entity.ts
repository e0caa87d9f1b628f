import { Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Hypothesis } from './hypothesis.entity';

/** A row per tag, so the board can filter by tag in SQL on both databases. */
@Entity('hypothesis_tags')
export class HypothesisTag {
  @ForeignKey(() => Hypothesis, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  hypothesisId!: string;

  @PrimaryColumn('varchar')
  tag!: string;
}
