import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey, portableColumns } from './portable-types';

/**
 * Quality reports about datasets with their threads, and the "data changed since" flags raised
 * on whatever relies on a dataset when it gets a new version or a report is confirmed.
 */
export class QualityReports1732830000000 implements MigrationInterface {
  name = 'QualityReports1732830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'quality_reports',
        columns: [
          c.id(),
          c.uuid('datasetId'),
          c.uuid('projectId'),
          c.varchar('dimension'),
          c.varchar('column', { isNullable: true }),
          c.text('description'),
          c.varchar('state'),
          c.uuid('reporterId'),
          c.uuid('reporterOrganisationId'),
          c.timestamp('createdAt'),
          c.createdAt('updatedAt'),
          c.timestamp('resolvedAt', { isNullable: true }),
          c.uuid('resolvedById', { isNullable: true }),
          c.text('resolutionNote', { isNullable: true }),
          c.uuid('fixedInVersionId', { isNullable: true }),
        ],
        foreignKeys: [
          foreignKey('datasetId', 'datasets'),
          foreignKey('projectId', 'projects'),
          foreignKey('reporterId', 'users', 'RESTRICT'),
          foreignKey('reporterOrganisationId', 'organisations', 'RESTRICT'),
          foreignKey('resolvedById', 'users', 'RESTRICT'),
          foreignKey('fixedInVersionId', 'dataset_versions', 'SET NULL'),
        ],
        indices: [
          new TableIndex({ columnNames: ['datasetId', 'state'] }),
          new TableIndex({ columnNames: ['projectId'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quality_report_messages',
        columns: [
          c.id(),
          c.uuid('reportId'),
          c.uuid('authorId'),
          c.text('body'),
          c.boolean('ownerSide'),
          c.timestamp('createdAt'),
        ],
        foreignKeys: [
          foreignKey('reportId', 'quality_reports'),
          foreignKey('authorId', 'users', 'RESTRICT'),
        ],
        indices: [new TableIndex({ columnNames: ['reportId', 'createdAt'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'data_change_flags',
        columns: [
          c.id(),
          c.varchar('dependantKind'),
          c.uuid('dependantId'),
          c.uuid('projectId'),
          c.uuid('datasetId'),
          c.varchar('reason'),
          c.uuid('datasetVersionId', { isNullable: true }),
          c.uuid('qualityReportId', { isNullable: true }),
          c.uuid('raisedById', { isNullable: true }),
          c.timestamp('raisedAt'),
          c.uuid('acknowledgedById', { isNullable: true }),
          c.timestamp('acknowledgedAt', { isNullable: true }),
        ],
        foreignKeys: [
          foreignKey('projectId', 'projects'),
          foreignKey('datasetId', 'datasets'),
          foreignKey('datasetVersionId', 'dataset_versions', 'SET NULL'),
          foreignKey('qualityReportId', 'quality_reports', 'SET NULL'),
          foreignKey('raisedById', 'users', 'RESTRICT'),
          foreignKey('acknowledgedById', 'users', 'RESTRICT'),
        ],
        indices: [
          new TableIndex({ columnNames: ['dependantKind', 'dependantId'] }),
          new TableIndex({ columnNames: ['projectId'] }),
          new TableIndex({ columnNames: ['datasetId'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['data_change_flags', 'quality_report_messages', 'quality_reports']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
