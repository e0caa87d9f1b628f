import type { SignOffDecision } from '@ketenlab/domain';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Organisation } from '../organisations/organisation.entity';
import { QuestionRegistration } from './question-registration.entity';

/**
 * One organisation's sign-off in a round: created undecided when the round is requested, decided
 * once by one of its members. Deciding only a still-undecided row makes a second sign-off for
 * the same organisation find nothing to update.
 */
@Entity('registration_sign_offs')
export class RegistrationSignOff {
  @ForeignKey(() => QuestionRegistration, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  registrationId!: string;

  @Index()
  @ForeignKey(() => Organisation, { onDelete: 'RESTRICT' })
  @PrimaryColumn('uuid')
  organisationId!: string;

  /** Asking order: the project's own organisation first, then the partners. */
  @Column('integer')
  position!: number;

  @Column({ type: 'varchar', nullable: true })
  decision!: SignOffDecision | null;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ type: Date, nullable: true })
  decidedAt!: Date | null;
}
