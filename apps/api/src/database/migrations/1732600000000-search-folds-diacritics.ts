import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './portable-types';

const DOCUMENT = (config: string) => `
  ALTER TABLE "search_documents" ADD COLUMN "document" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${config}', "title"), 'A') || setweight(to_tsvector('${config}', "body"), 'B')
  ) STORED`;
const INDEX = `CREATE INDEX "search_documents_document" ON "search_documents" USING GIN ("document")`;

/**
 * PostgreSQL's `dutch` configuration folds only the vowels Dutch spells with accents (ë, é, ö),
 * so "celik" did not find "Çelik" nor "facade" "façade", while SQLite (unicode61 with
 * remove_diacritics 2) did. `ketenlab_dutch` removes every accent before Dutch stemming, making
 * both databases behind the one search interface agree. unaccent ships with PostgreSQL (contrib)
 * and is a trusted extension: the database owner may create it. SQLite needs nothing.
 */
export class SearchFoldsDiacritics1732600000000 implements MigrationInterface {
  name = 'SearchFoldsDiacritics1732600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION ketenlab_dutch (COPY = dutch)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION ketenlab_dutch ALTER MAPPING FOR word, hword, hword_part WITH unaccent, dutch_stem`,
    );
    // The generated column is rebuilt from title and body for every row already indexed.
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "document"`);
    await queryRunner.query(DOCUMENT('ketenlab_dutch'));
    await queryRunner.query(INDEX);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "document"`);
    await queryRunner.query(DOCUMENT('dutch'));
    await queryRunner.query(INDEX);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION ketenlab_dutch`);
  }
}
