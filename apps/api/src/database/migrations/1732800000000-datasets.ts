import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey, portableColumns } from './portable-types';

/**
 * Datasets in projects: their metadata, the organisations allowed to read their rows, and
 * their versions (one uploaded file each, with the profile computed while it streamed in).
 */
export class Datasets1732800000000 implements MigrationInterface {
  name = 'Datasets1732800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
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
          foreignKey('projectId', 'projects'),
          foreignKey('ownerOrganisationId', 'organisations', 'RESTRICT'),
          foreignKey('publisherOrganisationId', 'organisations', 'RESTRICT'),
          foreignKey('creatorOrganisationId', 'organisations', 'RESTRICT'),
          foreignKey('createdById', 'users', 'RESTRICT'),
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
        foreignKeys: [
          foreignKey('datasetId', 'datasets'),
          foreignKey('organisationId', 'organisations'),
        ],
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
        foreignKeys: [
          foreignKey('datasetId', 'datasets'),
          foreignKey('uploadedById', 'users', 'RESTRICT'),
        ],
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
