import { DataSource } from 'typeorm';
import { databaseFromUrl } from '../config/app-config';
import { createTestDatabase, TEST_DATABASE, type TestDatabase } from '../testing/test-database';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';

/** What TypeORM would still change to make the database match the entities: nothing, we hope. */
async function pendingChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> =
    TEST_DATABASE === 'postgres'
      ? await dataSource.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
      : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  return rows.map((row) => row.name);
}

describe(`migrations on ${TEST_DATABASE}`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(databaseFromUrl(database.url, '/nonexistent')));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('build on a fresh database exactly the schema the entities describe', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await tableNames(dataSource)).toEqual(
      expect.arrayContaining([
        'organisations',
        'users',
        'auth_tokens',
        'invitations',
        'projects',
        'project_members',
        'project_partners',
        'activities',
        'search_documents',
      ]),
    );
    expect(await pendingChanges(dataSource)).toEqual([]);
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('undo the last migration and apply it again to the same schema', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(true);
    if (MIGRATIONS.length === 1) {
      expect(await tableNames(dataSource)).not.toContain('projects');
      expect(await tableNames(dataSource)).not.toContain('search_documents');
    }
    const reapplied = await dataSource.runMigrations({ transaction: 'each' });
    expect(reapplied.map((m) => m.name)).toEqual([MIGRATIONS[MIGRATIONS.length - 1].name]);
    expect(await pendingChanges(dataSource)).toEqual([]);
  });

  it('leave a schema that enforces the foreign keys it declares', async () => {
    const insert =
      TEST_DATABASE === 'postgres'
        ? `INSERT INTO users (id, email, name, "organisationId") VALUES ($1, $2, $3, $4)`
        : `INSERT INTO users (id, email, name, organisationId) VALUES (?, ?, ?, ?)`;
    await expect(
      dataSource.query(insert, [
        '0b6f2a52-4c1e-4d2b-9a7e-1f2e3d4c5b6a',
        'x@example.nl',
        'X',
        '0b6f2a52-4c1e-4d2b-9a7e-1f2e3d4c5b6b',
      ]),
    ).rejects.toThrow(/foreign key/i);
  });
});
