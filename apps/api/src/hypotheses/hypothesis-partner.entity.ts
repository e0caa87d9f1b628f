import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Hypothesis } from './hypothesis.entity';

/** A partner organisation involved in testing a hypothesis. */
@Entity('hypothesis_partners')
export class HypothesisPartner {
  @ForeignKey(() => Hypothesis, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  hypothesisId!: string;

  @Index()
  @ForeignKey(() => Organisation, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  organisationId!: string;
}
