import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey, portableColumns } from './portable-types';

/** Preregistration rounds of questions and each organisation's sign-off in them. */
export class QuestionRegistrations1732810000000 implements MigrationInterface {
  name = 'QuestionRegistrations1732810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    const integer = (name: string) => ({ name, type: 'integer' });
    await queryRunner.createTable(
      new Table({
        name: 'question_registrations',
        columns: [
          c.id(),
          c.uuid('questionId'),
          c.uuid('projectId'),
          integer('round'),
          c.varchar('status'),
          c.json('content'),
          c.varchar('contentHash'),
          c.uuid('requestedById'),
          c.timestamp('requestedAt'),
          c.timestamp('closedAt', { isNullable: true }),
        ],
        foreignKeys: [
          foreignKey('questionId', 'questions'),
          foreignKey('projectId', 'projects'),
          foreignKey('requestedById', 'users', 'RESTRICT'),
        ],
        indices: [
          new TableIndex({ columnNames: ['questionId', 'round'], isUnique: true }),
          new TableIndex({ columnNames: ['projectId'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'registration_sign_offs',
        columns: [
          c.id('registrationId'),
          c.id('organisationId'),
          integer('position'),
          c.varchar('decision', { isNullable: true }),
          c.uuid('decidedById', { isNullable: true }),
          c.text('reason', { default: "''" }),
          c.timestamp('decidedAt', { isNullable: true }),
        ],
        foreignKeys: [
          foreignKey('registrationId', 'question_registrations'),
          foreignKey('organisationId', 'organisations', 'RESTRICT'),
          foreignKey('decidedById', 'users', 'RESTRICT'),
        ],
        indices: [new TableIndex({ columnNames: ['organisationId'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "registration_sign_offs"');
    await queryRunner.query('DROP TABLE "question_registrations"');
  }
}
