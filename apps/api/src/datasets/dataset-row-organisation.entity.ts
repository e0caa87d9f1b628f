import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Dataset } from './dataset.entity';

/** An organisation the owner allowed to read a dataset's rows (the owner always may). */
@Entity('dataset_row_organisations')
export class DatasetRowOrganisation {
  @ForeignKey(() => Dataset, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  datasetId!: string;

  @Index()
  @ForeignKey(() => Organisation, { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  organisationId!: string;
}
