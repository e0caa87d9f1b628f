import { TableForeignKey, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Column types as each driver spells them, so that one migration builds the same schema that
 * the entities describe on SQLite and on PostgreSQL (the schema-drift test holds us to that).
 */
export function portableColumns(queryRunner: QueryRunner) {
  const driver = queryRunner.connection.driver;
  const uuid = driver.normalizeType({ type: 'uuid' });
  const timestamp = driver.normalizeType({ type: Date });
  const json = driver.normalizeType({ type: 'simple-json' });
  const now = driver.mappedDataTypes.createDateDefault as string;

  const col = (name: string, type: string, extra: Partial<TableColumnOptions> = {}) => ({
    name,
    type,
    ...extra,
  });
  return {
    id: (name = 'id') => col(name, uuid, { isPrimary: true }),
    uuid: (name: string, extra?: Partial<TableColumnOptions>) => col(name, uuid, extra),
    varchar: (name: string, extra?: Partial<TableColumnOptions>) => col(name, 'varchar', extra),
    text: (name: string, extra?: Partial<TableColumnOptions>) => col(name, 'text', extra),
    // A boolean default is spelled by the driver (SQLite stores 0/1, PostgreSQL false/true),
    // exactly as it spells the entity's default when comparing schemas.
    boolean: (
      name: string,
      extra: Omit<Partial<TableColumnOptions>, 'default'> & { default?: boolean } = {},
    ) =>
      col(name, 'boolean', {
        ...extra,
        default:
          extra.default === undefined
            ? undefined
            : driver.normalizeDefault({ default: extra.default } as Parameters<
                typeof driver.normalizeDefault
              >[0]),
      }),
    json: (name: string, extra?: Partial<TableColumnOptions>) => col(name, json, extra),
    timestamp: (name: string, extra?: Partial<TableColumnOptions>) => col(name, timestamp, extra),
    createdAt: (name = 'createdAt') => col(name, timestamp, { default: now }),
  };
}

export function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.driver.options.type === 'postgres';
}

/** A foreign key on `column` to `table.id`; deleting the parent deletes the row unless told otherwise. */
export function foreignKey(column: string, table: string, onDelete = 'CASCADE'): TableForeignKey {
  return new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
  });
}
