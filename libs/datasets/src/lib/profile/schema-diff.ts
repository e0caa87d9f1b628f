import type { ColumnType, DatasetProfile } from './dataset-profile';

export interface SchemaDiff {
  readonly added: readonly { readonly name: string; readonly type: ColumnType }[];
  readonly removed: readonly { readonly name: string; readonly type: ColumnType }[];
  readonly retyped: readonly {
    readonly name: string;
    readonly from: ColumnType;
    readonly to: ColumnType;
  }[];
}

/**
 * What changed in the columns between two versions of a dataset, matched by name (exactly:
 * a renamed column is one removed and one added, since nothing else can tell a rename from a
 * replacement). Order follows the newer version for added and retyped, the older for removed.
 */
export function schemaDiff(
  previous: Pick<DatasetProfile, 'columns'>,
  next: Pick<DatasetProfile, 'columns'>,
): SchemaDiff {
  const before = new Map(previous.columns.map((column) => [column.name, column.type]));
  const after = new Map(next.columns.map((column) => [column.name, column.type]));
  return {
    added: next.columns
      .filter((column) => !before.has(column.name))
      .map(({ name, type }) => ({ name, type })),
    removed: previous.columns
      .filter((column) => !after.has(column.name))
      .map(({ name, type }) => ({ name, type })),
    retyped: next.columns.flatMap(({ name, type }) => {
      const from = before.get(name);
      return from !== undefined && from !== type ? [{ name, from, to: type }] : [];
    }),
  };
}
