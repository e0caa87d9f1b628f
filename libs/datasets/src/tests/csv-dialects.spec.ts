import { fixture, ingestBytes } from '../testing/ingest-bytes';

describe('CSV dialects', () => {
  it('reads `;` with a UTF-8 BOM, CRLF, quoted values and Dutch numbers', async () => {
    const { profile, header, rows } = await ingestBytes(
      fixture('semicolon-utf8-bom.csv'),
      'kerncijfers.csv',
    );
    expect(profile).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(header[0]).toBe('buurtcode'); // no BOM glued to the first name
    expect(rows[2][1]).toBe('Burgwallen; Oost');
    const column = (name: string) => profile.columns.find((c) => c.name === name);
    expect(column('inwoners')).toMatchObject({ type: 'integer', min: 1240, max: 3410 });
    expect(column('aandeel_65plus')).toMatchObject({
      type: 'decimal',
      numberFormat: 'decimal-comma',
      min: 9.8,
      max: 14.1,
    });
    expect(column('gemiddeld_inkomen')).toMatchObject({ type: 'integer', min: 28950, max: 35120 });
    expect(column('peildatum')).toMatchObject({
      type: 'date',
      min: '2024-12-31T00:00:00.000Z',
      max: '2024-12-31T00:00:00.000Z',
    });
    expect(column('buurtcode')?.type).toBe('identifier');
  });

  it('reads `,` with dot-decimal numbers', async () => {
    const { profile, rows } = await ingestBytes(fixture('comma.csv'), 'meldingen.csv');
    expect(profile.delimiter).toBe(',');
    expect(rows).toHaveLength(3);
    expect(profile.columns.map((c) => c.type)).toEqual(['text', 'integer', 'integer', 'decimal']);
    expect(profile.columns[3]).toMatchObject({ numberFormat: 'decimal-dot', min: 2.25, max: 4.75 });
  });

  it('reads tab-separated values with postcodes and ja/nee', async () => {
    const { profile } = await ingestBytes(fixture('tab.csv'), 'woningen.tsv');
    expect(profile.delimiter).toBe('\t');
    expect(profile.columns.map((c) => [c.name, c.type])).toEqual([
      ['postcode', 'identifier'],
      ['woningen', 'integer'],
      ['corporatie', 'boolean'],
    ]);
  });

  it('reads Windows-1252, é and è included', async () => {
    const { profile, rows } = await ingestBytes(fixture('windows-1252.csv'), 'plaatsen.csv');
    expect(profile.encoding).toBe('windows-1252');
    expect(rows.map((row) => row[1])).toEqual(['Café de Ruimte', 'Crèche de Egel']);
  });

  it('reads decimal commas and thousands dots, negative numbers included', async () => {
    const { profile } = await ingestBytes(fixture('decimal-comma.csv'), 'bedragen.csv');
    const [, aantal, gemiddelde, bedrag] = profile.columns;
    expect(aantal).toMatchObject({ type: 'integer', min: 10, max: 30, mean: 20 });
    expect(gemiddelde).toMatchObject({ type: 'decimal', min: 0.75, max: 2.25, mean: 1.5 });
    expect(bedrag).toMatchObject({ type: 'decimal', min: -12000, max: 1234.56 });
    expect(bedrag.mean).toBeCloseTo((1234.56 - 12000 + 999.99) / 3, 10);
  });

  it('gives the same result however the bytes are cut into chunks', async () => {
    const bytes = fixture('semicolon-utf8-bom.csv');
    const whole = await ingestBytes(bytes, 'a.csv');
    for (const chunkSize of [1, 2, 3, 7]) {
      const cut = await ingestBytes(bytes, 'a.csv', { chunkSize });
      expect(cut.rows).toEqual(whole.rows);
      expect(cut.profile.columns).toEqual(whole.profile.columns);
    }
  });
});
