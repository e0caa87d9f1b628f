import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey, portableColumns } from './portable-types';

/** In-app notifications, and when each person last looked at each project. */
export class NotificationsAndVisits1732820000000 implements MigrationInterface {
  name = 'NotificationsAndVisits1732820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          c.id(),
          c.uuid('recipientId'),
          c.varchar('kind'),
          c.uuid('projectId', { isNullable: true }),
          c.varchar('objectType'),
          c.varchar('objectId'),
          c.uuid('actorId', { isNullable: true }),
          c.json('detail'),
          c.timestamp('createdAt'),
          c.timestamp('readAt', { isNullable: true }),
        ],
        foreignKeys: [
          foreignKey('recipientId', 'users'),
          foreignKey('projectId', 'projects'),
          foreignKey('actorId', 'users', 'SET NULL'),
        ],
        indices: [
          new TableIndex({ columnNames: ['recipientId', 'createdAt'] }),
          new TableIndex({ columnNames: ['projectId'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'project_visits',
        columns: [c.id('userId'), c.id('projectId'), c.timestamp('seenAt')],
        foreignKeys: [foreignKey('userId', 'users'), foreignKey('projectId', 'projects')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "project_visits"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
