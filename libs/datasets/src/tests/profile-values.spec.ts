import { ingestBytes } from '../testing/ingest-bytes';

const csv = [
  'wijk;inwoners;aandeel;gemeente;geopend;actief;opmerking',
  'WK001;100;10,5;Utrecht;01-01-2020;ja;',
  'WK002;200;20,5;Utrecht;15-06-2021;nee;rustig',
  'WK003;300;;Zeist;31-12-2022;ja;n.v.t.',
  'WK004;400;40,5;Utrecht;02-02-2023;ja;.',
  'WK005;;50,5;Zeist;;nee;druk',
  'WK006;600;60,5;Utrecht;01-01-2020;ja;rustig',
].join('\n');

describe('profile values', () => {
  it('are exact on a small known file', async () => {
    const { profile } = await ingestBytes(Buffer.from(csv), 'wijken.csv', { random: () => 0 });
    expect(profile.rowCount).toBe(6);
    expect(profile.bytes).toBe(Buffer.byteLength(csv));
    const [wijk, inwoners, aandeel, gemeente, geopend, actief, opmerking] = profile.columns;

    expect(wijk).toMatchObject({ type: 'identifier', distinct: { count: 6, exact: true } });
    expect(inwoners).toMatchObject({
      type: 'integer',
      emptyCount: 1,
      emptyShare: 1 / 6,
      completeness: 5 / 6,
      min: 100,
      max: 600,
      mean: 320,
      distinct: { count: 5, exact: true },
      histogram: { min: 100, max: 600, counts: [1, 0, 1, 0, 1, 0, 1, 0, 0, 1] },
    });
    expect(aandeel).toMatchObject({
      type: 'decimal',
      numberFormat: 'decimal-comma',
      min: 10.5,
      max: 60.5,
      mean: 36.5,
    });
    expect(gemeente).toMatchObject({
      type: 'category',
      distinct: { count: 2, exact: true },
      topValues: [
        { value: 'Utrecht', count: 4 },
        { value: 'Zeist', count: 2 },
      ],
      topValuesExact: true,
    });
    expect(geopend).toMatchObject({
      type: 'date',
      min: '2020-01-01T00:00:00.000Z',
      max: '2023-02-02T00:00:00.000Z',
      topValues: expect.arrayContaining([{ value: '01-01-2020', count: 2 }]),
    });
    expect(actief).toMatchObject({
      type: 'boolean',
      topValues: [
        { value: 'ja', count: 4 },
        { value: 'nee', count: 2 },
      ],
    });
    // '', 'n.v.t.' and '.' are all empty.
    expect(opmerking).toMatchObject({ type: 'text', emptyCount: 3, distinct: { count: 2 } });
    expect(profile.completeness).toBe((42 - 1 - 1 - 1 - 3) / 42);
    expect(profile.firstRows[0]).toEqual([
      'WK001',
      '100',
      '10,5',
      'Utrecht',
      '01-01-2020',
      'ja',
      '',
    ]);
    expect(profile.firstRows).toHaveLength(6);
    expect(profile.sampleRows).toEqual(profile.firstRows); // fewer rows than the sample size
  });

  it('tells integers from 0/1 flags and keeps a typo out of the type', async () => {
    const rows = ['vlag;aantal;bedrag'];
    for (let i = 0; i < 200; i++) rows.push(`${i % 2};${i % 3 === 0 ? 1 : 0};${i},50`);
    rows.push(';1;onbekend');
    const { profile } = await ingestBytes(Buffer.from(rows.join('\n')), 'vlaggen.csv');
    expect(profile.columns.map((c) => c.type)).toEqual(['boolean', 'boolean', 'decimal']);
    expect(profile.columns[2]).toMatchObject({ nonConforming: 1, min: 0.5, max: 199.5 });
  });

  it('counts exactly up to 10 000 distinct values and estimates beyond', async () => {
    const rows = ['code;groep'];
    for (let i = 0; i < 30_000; i++)
      rows.push(`BU${String(i).padStart(8, '0')};${i % 7 === 0 ? 'A' : `g${i}`}`);
    const { profile } = await ingestBytes(Buffer.from(rows.join('\n')), 'groot.csv');
    const [code, groep] = profile.columns;
    expect(code.distinct.exact).toBe(false);
    expect(Math.abs(code.distinct.count / 30_000 - 1)).toBeLessThan(0.03);
    expect(code.type).toBe('identifier');
    // 'A' is 1 in 7 of the values: the heavy-hitter summary must keep it on top.
    expect(groep.topValuesExact).toBe(false);
    expect(groep.topValues[0].value).toBe('A');
    expect(groep.topValues[0].count).toBeGreaterThan(30_000 / 7 - 30_000 / 1001);
  });
});
