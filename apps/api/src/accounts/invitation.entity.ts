import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/** A single-use link that lets a person set the password of an account prepared for them. */
@Entity('invitations')
export class Invitation {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => User, { onDelete: 'CASCADE' })
  @Column('uuid')
  userId!: string;

  /** HMAC of the token; the token itself is only ever in the link. */
  @Column({ type: 'varchar', unique: true })
  tokenHash!: string;

  @ForeignKey(() => User, { onDelete: 'CASCADE' })
  @Column('uuid')
  invitedById!: string;

  @Column()
  expiresAt!: Date;

  @Column({ type: Date, nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn()
  createdAt!: Date;
}
