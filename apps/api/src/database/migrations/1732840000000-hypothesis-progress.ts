import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';
import { isPostgres, portableColumns } from './portable-types';

const ACTIVITY_INDEX = new TableIndex({ columnNames: ['projectId', 'lastActivityAt'] });

/**
 * Project progress: how many days without activity make an open hypothesis stale (per project,
 * set by the lead), and when each hypothesis last saw activity.
 *
 * Columns are added with plain ALTER TABLE: TypeORM's SQLite addColumn rebuilds the table, and
 * dropping the old one with foreign keys on would cascade into every table that points at it.
 * `lastActivityAt` is nullable only because SQLite cannot add a NOT NULL column without a
 * default to a filled table; every writer sets it and the rows already there are filled here.
 */
export class HypothesisProgress1732840000000 implements MigrationInterface {
  name = 'HypothesisProgress1732840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = portableColumns(queryRunner).timestamp('lastActivityAt').type;
    await queryRunner.query(
      `ALTER TABLE "projects" ADD COLUMN "staleAfterDays" integer NOT NULL DEFAULT 14`,
    );
    await queryRunner.query(`ALTER TABLE "hypotheses" ADD COLUMN "lastActivityAt" ${timestamp}`);
    // The activity log has every proposal, edit and move with the writer's clock; the history
    // and the creation time stand in where it has nothing.
    const objectId = isPostgres(queryRunner) ? `"hypotheses"."id"::text` : `"hypotheses"."id"`;
    await queryRunner.query(`
      UPDATE "hypotheses" SET "lastActivityAt" = COALESCE(
        (SELECT MAX(a."createdAt") FROM "activities" a
          WHERE a."objectType" = 'hypothesis' AND a."objectId" = ${objectId}),
        (SELECT MAX(t."createdAt") FROM "hypothesis_transitions" t
          WHERE t."hypothesisId" = "hypotheses"."id"),
        "hypotheses"."createdAt")`);
    await queryRunner.createIndex('hypotheses', ACTIVITY_INDEX);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('hypotheses', ACTIVITY_INDEX);
    await queryRunner.query(`ALTER TABLE "hypotheses" DROP COLUMN "lastActivityAt"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP COLUMN "staleAfterDays"`);
  }
}
