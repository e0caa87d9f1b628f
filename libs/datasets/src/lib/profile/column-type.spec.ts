import { inferColumnType, isCodeLike, type ColumnEvidence } from './column-type';

const none = { count: 0, nonIntegers: 0 };
const evidence = (overrides: Partial<ColumnEvidence>): ColumnEvidence => ({
  nonEmpty: 100,
  booleanWords: 0,
  zeros: 0,
  ones: 0,
  decimalComma: none,
  decimalDot: none,
  dates: 0,
  codeLike: 0,
  digitsOnly: 0,
  minLength: 5,
  maxLength: 12,
  distinct: 100,
  distinctExact: true,
  ...overrides,
});

describe(inferColumnType.name, () => {
  it('calls a column without values empty', () => {
    expect(inferColumnType(evidence({ nonEmpty: 0, distinct: 0 })).type).toBe('empty');
  });

  it('calls unique codes identifiers, but repeated codes not', () => {
    expect(inferColumnType(evidence({ codeLike: 100 })).type).toBe('identifier');
    expect(inferColumnType(evidence({ codeLike: 100, distinct: 12 })).type).toBe('category');
  });

  it('calls unique fixed-width digit strings of six or more identifiers (BSN-like)', () => {
    const bsn = {
      digitsOnly: 100,
      minLength: 9,
      maxLength: 9,
      decimalComma: { count: 100, nonIntegers: 0 },
    };
    expect(inferColumnType(evidence(bsn)).type).toBe('identifier');
    // Unique counts of varying width are numbers.
    expect(inferColumnType(evidence({ ...bsn, minLength: 3 })).type).toBe('integer');
  });

  it('reads 0/1 as boolean only when both occur', () => {
    const numbers = { decimalComma: { count: 100, nonIntegers: 0 }, distinct: 2 };
    expect(inferColumnType(evidence({ ...numbers, zeros: 60, ones: 40 })).type).toBe('boolean');
    expect(inferColumnType(evidence({ ...numbers, zeros: 100, distinct: 1 })).type).toBe('integer');
  });

  it('prefers the decimal comma unless more values read as decimal-dot numbers', () => {
    const tie = {
      decimalComma: { count: 100, nonIntegers: 0 },
      decimalDot: { count: 100, nonIntegers: 100 },
    };
    expect(inferColumnType(evidence(tie))).toMatchObject({
      type: 'integer',
      numberFormat: 'decimal-comma',
    });
    const dot = {
      decimalComma: { count: 40, nonIntegers: 0 },
      decimalDot: { count: 100, nonIntegers: 60 },
    };
    expect(inferColumnType(evidence(dot))).toMatchObject({
      type: 'decimal',
      numberFormat: 'decimal-dot',
    });
  });

  it('tolerates one misfit in a hundred, and reports it', () => {
    const numbers = { decimalComma: { count: 99, nonIntegers: 5 } };
    expect(inferColumnType(evidence(numbers))).toMatchObject({ type: 'decimal', conforming: 99 });
    const fewer = { decimalComma: { count: 98, nonIntegers: 5 } };
    expect(inferColumnType(evidence(fewer)).type).toBe('text');
  });

  it('tells categories from text by how often values repeat', () => {
    expect(inferColumnType(evidence({ distinct: 50 })).type).toBe('category');
    expect(inferColumnType(evidence({ distinct: 51 })).type).toBe('text');
    expect(inferColumnType(evidence({ nonEmpty: 10_000, distinct: 1001 })).type).toBe('text');
  });
});

describe(isCodeLike.name, () => {
  it.each(['BU03630101', 'GM0363', 'WK036301', '0363', '1234 AB', '1234AB', 'A-12/3'])(
    'sees a code in %s',
    (text) => expect(isCodeLike(text)).toBe(true),
  );

  it.each(['Amsterdam', '363', '12,5', '1.234', 'Kop Zeedijk', '1234 A1', 'X'])(
    'sees no code in %s',
    (text) => expect(isCodeLike(text)).toBe(false),
  );
});
