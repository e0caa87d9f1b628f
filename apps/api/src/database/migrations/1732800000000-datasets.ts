import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from './portable-types';

/**
 * Datasets in projects: their metadata, the organisations allowed to read their rows, and
 * their versions (one uploaded file each, with the profile computed while it streamed in).
 */
export class Datasets1732800000000 implements MigrationInterface {
  name = 'Datasets1732800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    const fk = (column: string, table: string, onDelete = 'CASCADE') =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });

    await queryRunner.createTable(
      new Table({
        name: 'datasets',
        columns: [
          c.id(),
          c.uuid('projectId'),
          c.uuid('ownerOrganisationId'),
          c.varchar('title'),
          c.text('description'),
          c.varchar('identifier'),
          c.uuid('publisherOrganisationId'),
          c.uuid('creatorOrganisationId'),
          c.varchar('contactName'),
          c.varchar('contactEmail'),
          c.varchar('theme'),
          c.varchar('licence'),
          c.varchar('accessClass'),
          c.text('legalBasis', { isNullable: true }),
          c.varchar('updateFrequency'),
          c.varchar('temporalStart', { isNullable: true }),
          c.varchar('temporalEnd', { isNullable: true }),
          c.text('spatialCoverage', { default: "''" }),
          c.text('source', { default: "''" }),
          c.json('keywords'),
          c.uuid('createdById'),
          c.timestamp('createdAt'),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          fk('projectId', 'projects'),
          fk('ownerOrganisationId', 'organisations', 'RESTRICT'),
          fk('publisherOrganisationId', 'organisations', 'RESTRICT'),
          fk('creatorOrganisationId', 'organisations', 'RESTRICT'),
          fk('createdById', 'users', 'RESTRICT'),
        ],
        indices: [
          new TableIndex({ columnNames: ['projectId'] }),
          new TableIndex({ columnNames: ['ownerOrganisationId'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'dataset_row_organisations',
        columns: [c.id('datasetId'), c.id('organisationId')],
        foreignKeys: [fk('datasetId', 'datasets'), fk('organisationId', 'organisations')],
        indices: [new TableIndex({ columnNames: ['organisationId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'dataset_versions',
        columns: [
          c.id(),
          c.uuid('datasetId'),
          { name: 'number', type: 'integer' },
          c.varchar('fileName'),
          c.varchar('storageKey'),
          c.varchar('format'),
          { name: 'byteSize', type: 'bigint' },
          c.varchar('sha256'),
          { name: 'rowCount', type: 'integer' },
          c.json('profile'),
          c.uuid('uploadedById'),
          c.timestamp('createdAt'),
        ],
        foreignKeys: [fk('datasetId', 'datasets'), fk('uploadedById', 'users', 'RESTRICT')],
        indices: [new TableIndex({ columnNames: ['datasetId', 'number'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['dataset_versions', 'dataset_row_organisations', 'datasets']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
