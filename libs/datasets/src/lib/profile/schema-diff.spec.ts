import type { ColumnProfile, ColumnType } from './dataset-profile';
import { schemaDiff } from './schema-diff';

const columns = (...spec: [string, ColumnType][]) => ({
  columns: spec.map(([name, type]) => ({ name, type }) as ColumnProfile),
});

describe(schemaDiff.name, () => {
  it('lists columns added, removed and retyped, matched by name', () => {
    const before = columns(['buurtcode', 'identifier'], ['inwoners', 'integer'], ['oud', 'text']);
    const after = columns(['buurtcode', 'identifier'], ['inwoners', 'decimal'], ['nieuw', 'date']);
    expect(schemaDiff(before, after)).toEqual({
      added: [{ name: 'nieuw', type: 'date' }],
      removed: [{ name: 'oud', type: 'text' }],
      retyped: [{ name: 'inwoners', from: 'integer', to: 'decimal' }],
    });
  });

  it('finds nothing between equal schemas', () => {
    const same = columns(['a', 'integer']);
    expect(schemaDiff(same, same)).toEqual({ added: [], removed: [], retyped: [] });
  });
});
