import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { foreignKey, isPostgres, portableColumns } from './portable-types';

/**
 * Research questions with named versions, and the storage behind live documents: an append-only
 * update log and one compacted snapshot per document. The log and snapshots hold raw Yjs bytes
 * (bytea / blob) and are reached through SQL of their own, not entities: TypeORM has no binary
 * type that both drivers accept.
 */
export class Collaboration1732500000000 implements MigrationInterface {
  name = 'Collaboration1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'questions',
        columns: [
          c.id(),
          c.uuid('projectId'),
          c.varchar('title'),
          c.varchar('status'),
          c.uuid('createdById'),
          c.text('bodyText', { default: "''" }),
          c.text('bodyHtml', { default: "''" }),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          foreignKey('projectId', 'projects'),
          foreignKey('createdById', 'users', 'RESTRICT'),
        ],
        indices: [new TableIndex({ columnNames: ['projectId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_versions',
        columns: [
          c.id(),
          c.uuid('questionId'),
          c.varchar('name'),
          c.text('state'),
          c.text('bodyText'),
          c.text('bodyHtml'),
          c.uuid('createdById'),
          c.createdAt(),
        ],
        foreignKeys: [
          foreignKey('questionId', 'questions'),
          foreignKey('createdById', 'users', 'RESTRICT'),
        ],
        indices: [new TableIndex({ columnNames: ['questionId'] })],
      }),
    );
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "document_updates" (
        "id" bigserial PRIMARY KEY,
        "documentName" varchar NOT NULL,
        "data" bytea NOT NULL,
        "createdAt" timestamp NOT NULL DEFAULT now())`);
      await queryRunner.query(`CREATE TABLE "document_snapshots" (
        "documentName" varchar PRIMARY KEY,
        "data" bytea NOT NULL,
        "lastUpdateId" bigint NOT NULL,
        "updatedAt" timestamp NOT NULL DEFAULT now())`);
    } else {
      await queryRunner.query(`CREATE TABLE "document_updates" (
        "id" integer PRIMARY KEY AUTOINCREMENT,
        "documentName" varchar NOT NULL,
        "data" blob NOT NULL,
        "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
      await queryRunner.query(`CREATE TABLE "document_snapshots" (
        "documentName" varchar PRIMARY KEY,
        "data" blob NOT NULL,
        "lastUpdateId" integer NOT NULL,
        "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    }
    await queryRunner.query(
      `CREATE INDEX "document_updates_document" ON "document_updates" ("documentName", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'document_snapshots',
      'document_updates',
      'question_versions',
      'questions',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
