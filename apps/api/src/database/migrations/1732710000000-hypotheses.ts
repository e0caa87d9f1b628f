import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey, portableColumns } from './portable-types';

/**
 * Hypotheses under research questions, their tags and partner organisations, and the
 * append-only history of their transitions with the evidence each one cited.
 */
export class Hypotheses1732710000000 implements MigrationInterface {
  name = 'Hypotheses1732710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    const integer = (name: string) => ({ name, type: 'integer' });
    await queryRunner.createTable(
      new Table({
        name: 'hypotheses',
        columns: [
          c.id(),
          c.uuid('projectId'),
          c.uuid('questionId'),
          c.text('statement'),
          c.text('rationale', { default: "''" }),
          c.varchar('expectedDirection', { isNullable: true }),
          c.varchar('status'),
          c.uuid('ownerId'),
          c.uuid('createdById'),
          c.timestamp('createdAt'),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          foreignKey('projectId', 'projects'),
          foreignKey('questionId', 'questions'),
          foreignKey('ownerId', 'users', 'RESTRICT'),
          foreignKey('createdById', 'users', 'RESTRICT'),
        ],
        indices: [
          new TableIndex({ columnNames: ['projectId'] }),
          new TableIndex({ columnNames: ['questionId'] }),
          new TableIndex({ columnNames: ['ownerId'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hypothesis_tags',
        columns: [c.id('hypothesisId'), { ...c.varchar('tag'), isPrimary: true }],
        foreignKeys: [foreignKey('hypothesisId', 'hypotheses')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hypothesis_partners',
        columns: [c.id('hypothesisId'), c.id('organisationId')],
        foreignKeys: [
          foreignKey('hypothesisId', 'hypotheses'),
          foreignKey('organisationId', 'organisations'),
        ],
        indices: [new TableIndex({ columnNames: ['organisationId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hypothesis_transitions',
        columns: [
          c.id(),
          c.uuid('hypothesisId'),
          integer('sequence'),
          c.varchar('fromStatus', { isNullable: true }),
          c.varchar('toStatus'),
          c.uuid('actorId'),
          c.text('rationale', { default: "''" }),
          c.timestamp('createdAt'),
        ],
        foreignKeys: [
          foreignKey('hypothesisId', 'hypotheses'),
          foreignKey('actorId', 'users', 'RESTRICT'),
        ],
        indices: [new TableIndex({ columnNames: ['hypothesisId', 'sequence'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hypothesis_evidence',
        columns: [
          c.id(),
          c.uuid('transitionId'),
          integer('position'),
          c.varchar('kind'),
          c.uuid('targetId', { isNullable: true }),
          c.text('quote', { isNullable: true }),
          c.varchar('url', { isNullable: true }),
          c.varchar('title', { isNullable: true }),
        ],
        foreignKeys: [foreignKey('transitionId', 'hypothesis_transitions')],
        indices: [new TableIndex({ columnNames: ['transitionId', 'position'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'hypothesis_evidence',
      'hypothesis_transitions',
      'hypothesis_partners',
      'hypothesis_tags',
      'hypotheses',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
