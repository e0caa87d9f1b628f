import type { DatasetProfile } from '@ketenlab/datasets';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Dataset } from './dataset.entity';

/**
 * One uploaded file of a dataset, never changed afterwards: where the file store keeps it and
 * the profile computed while it streamed in. A row exists only for a file that was read to
 * the end and stored; a refused upload leaves neither row nor file.
 */
@Entity('dataset_versions')
@Index(['datasetId', 'number'], { unique: true })
export class DatasetVersion {
  @PrimaryColumn('uuid')
  id!: string;

  @ForeignKey(() => Dataset, { onDelete: 'CASCADE' })
  @Column('uuid')
  datasetId!: string;

  /** 1, 2, 3… per dataset; the unique index refuses a second upload racing for a number. */
  @Column('integer')
  number!: number;

  @Column({ type: 'varchar' })
  fileName!: string;

  /** The file store's key for the file. */
  @Column({ type: 'varchar' })
  storageKey!: string;

  @Column({ type: 'varchar' })
  format!: 'csv' | 'xlsx';

  /** PostgreSQL hands bigint back as a string; sizes stay far below 2^53. */
  @Column({
    type: 'bigint',
    transformer: { to: (v: number) => v, from: (v: unknown) => Number(v) },
  })
  byteSize!: number;

  @Column({ type: 'varchar' })
  sha256!: string;

  @Column('integer')
  rowCount!: number;

  @Column({ type: 'simple-json' })
  profile!: DatasetProfile;

  @ForeignKey(() => User, { onDelete: 'RESTRICT' })
  @Column('uuid')
  uploadedById!: string;

  /** Set by the writer from the clock, with milliseconds. */
  @Column()
  createdAt!: Date;
}
