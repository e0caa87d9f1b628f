import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey, isPostgres, portableColumns } from './portable-types';

export class InitialSchema1732400000000 implements MigrationInterface {
  name = 'InitialSchema1732400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'organisations',
        columns: [
          c.id(),
          c.varchar('name', { isUnique: true }),
          c.varchar('kind'),
          c.varchar('colour'),
          c.createdAt(),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.varchar('email', { isUnique: true }),
          c.varchar('name'),
          c.varchar('passwordHash', { isNullable: true }),
          c.uuid('organisationId'),
          c.boolean('isAdmin', { default: false }),
          c.varchar('locale', { default: "'nl'" }),
          c.timestamp('deactivatedAt', { isNullable: true }),
          c.createdAt(),
        ],
        foreignKeys: [foreignKey('organisationId', 'organisations', 'RESTRICT')],
        indices: [new TableIndex({ columnNames: ['organisationId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'auth_tokens',
        columns: [
          c.id(),
          c.uuid('userId'),
          c.varchar('kind'),
          c.varchar('name'),
          c.varchar('tokenHash', { isUnique: true }),
          c.timestamp('expiresAt', { isNullable: true }),
          c.timestamp('lastUsedAt', { isNullable: true }),
          c.timestamp('revokedAt', { isNullable: true }),
          c.createdAt(),
        ],
        foreignKeys: [foreignKey('userId', 'users')],
        indices: [new TableIndex({ columnNames: ['userId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'invitations',
        columns: [
          c.id(),
          c.uuid('userId'),
          c.varchar('tokenHash', { isUnique: true }),
          c.uuid('invitedById'),
          c.timestamp('expiresAt'),
          c.timestamp('acceptedAt', { isNullable: true }),
          c.createdAt(),
        ],
        foreignKeys: [foreignKey('userId', 'users'), foreignKey('invitedById', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'projects',
        columns: [
          c.id(),
          c.varchar('title'),
          c.text('goal'),
          c.text('societalObjective', { default: "''" }),
          c.varchar('phase'),
          c.varchar('visibility'),
          c.uuid('ownerOrganisationId'),
          c.uuid('createdById'),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          foreignKey('ownerOrganisationId', 'organisations', 'RESTRICT'),
          foreignKey('createdById', 'users', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'project_members',
        columns: [c.id('projectId'), c.id('userId'), c.varchar('role'), c.createdAt('addedAt')],
        foreignKeys: [foreignKey('projectId', 'projects'), foreignKey('userId', 'users')],
        indices: [new TableIndex({ columnNames: ['userId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'project_partners',
        columns: [c.id('projectId'), c.id('organisationId'), c.createdAt('addedAt')],
        foreignKeys: [
          foreignKey('projectId', 'projects'),
          foreignKey('organisationId', 'organisations'),
        ],
        indices: [new TableIndex({ columnNames: ['organisationId'] })],
      }),
    );
    // Activity outlives what it describes, so it has no foreign keys that could cascade it away.
    await queryRunner.createTable(
      new Table({
        name: 'activities',
        columns: [
          c.id(),
          c.uuid('projectId', { isNullable: true }),
          c.uuid('actorId', { isNullable: true }),
          c.varchar('action'),
          c.varchar('objectType'),
          c.varchar('objectId'),
          c.varchar('result'),
          c.varchar('origin'),
          c.json('detail', { isNullable: true }),
          c.timestamp('createdAt'),
        ],
        indices: [new TableIndex({ columnNames: ['projectId', 'createdAt'] })],
      }),
    );
    await this.createSearchIndex(queryRunner);
  }

  /** Full-text search lives outside the entities: each database has its own machinery for it. */
  private async createSearchIndex(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`
        CREATE TABLE "search_documents" (
          "kind" varchar NOT NULL,
          "objectId" varchar NOT NULL,
          "projectId" uuid,
          "title" text NOT NULL,
          "body" text NOT NULL,
          "document" tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('dutch', "title"), 'A') || setweight(to_tsvector('dutch', "body"), 'B')
          ) STORED,
          PRIMARY KEY ("kind", "objectId")
        )`);
      await queryRunner.query(
        `CREATE INDEX "search_documents_document" ON "search_documents" USING GIN ("document")`,
      );
    } else {
      await queryRunner.query(`
        CREATE VIRTUAL TABLE "search_documents" USING fts5(
          kind UNINDEXED, objectId UNINDEXED, projectId UNINDEXED, title, body,
          tokenize = 'unicode61 remove_diacritics 2'
        )`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'search_documents',
      'activities',
      'project_partners',
      'project_members',
      'projects',
      'invitations',
      'auth_tokens',
      'users',
      'organisations',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
