import { deflateRawSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import { IngestError } from '../lib/ingest-error';
import { ingestBytes } from '../testing/ingest-bytes';
import { buildZip, deflateRepeated } from '../testing/zip-builder';

async function workbook(): Promise<Buffer> {
  const book = new Workbook();
  book.addWorksheet('Toelichting').addRows([['Bron: CBS'], ['Peildatum: 1 januari 2024']]);
  const data = book.addWorksheet('Kerncijfers');
  data.addRows([
    ['buurtcode', 'inwoners', 'aandeel_65plus', 'peildatum', 'corporatie'],
    ['BU03630000', 1240, 0.125, new Date(Date.UTC(2024, 0, 1)), true],
    ['BU03630001', 2015, 0.098, new Date(Date.UTC(2024, 0, 1)), false],
    ['BU03630002', 3410, 0.141, new Date(Date.UTC(2024, 0, 1)), true],
  ]);
  data.getColumn(4).numFmt = 'dd-mm-yyyy';
  data.getCell('B5').value = { formula: 'SUM(B2:B4)', result: 6665 };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A minimal workbook around a worksheet entry; the sheet is what the tests vary. */
function workbookAround(sheet: Omit<Parameters<typeof buildZip>[0][number], 'name'>): Buffer {
  const xml = (text: string) => ({ data: deflateRawSync(text), declaredSize: text.length });
  return buildZip([
    {
      name: 'xl/workbook.xml',
      ...xml('<workbook><sheets><sheet name="Bom" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ]);
}

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('XLSX', () => {
  it('reads the first sheet by default', async () => {
    const { profile, header, rows } = await ingestBytes(await workbook(), 'cbs.xlsx');
    expect(profile).toMatchObject({ format: 'xlsx', sheet: 'Toelichting', rowCount: 1 });
    expect(header).toEqual(['Bron: CBS']);
    expect(rows).toEqual([['Peildatum: 1 januari 2024']]);
  });

  it('reads a sheet chosen by name, with typed cells and formula results', async () => {
    const { profile, rows } = await ingestBytes(await workbook(), 'cbs.xlsx', {
      sheet: 'Kerncijfers',
    });
    expect(profile.sheet).toBe('Kerncijfers');
    expect(rows[0]).toEqual(['BU03630000', 1240, 0.125, new Date(Date.UTC(2024, 0, 1)), true]);
    expect(rows[3]).toEqual([null, 6665, null, null, null]);
    expect(profile.columns.map((c) => c.type)).toEqual([
      'identifier',
      'integer',
      'decimal',
      'date',
      'boolean',
    ]);
    expect(profile.columns[3]).toMatchObject({ min: '2024-01-01T00:00:00.000Z' });
  });

  it('names the sheets there are when the chosen one is missing', async () => {
    const error = await refusal(ingestBytes(await workbook(), 'cbs.xlsx', { sheet: 'Data' }));
    expect(error).toMatchObject({
      code: 'SHEET_NOT_FOUND',
      details: { sheets: ['Toelichting', 'Kerncijfers'] },
    });
    expect(error.message).toContain('"Kerncijfers"');
  });

  describe('decompression bombs', () => {
    const maxUncompressedBytes = 16 * 1024 * 1024;
    let bomb: Buffer;

    beforeAll(async () => {
      // 64 MiB of worksheet XML (whitespace) in about 64 KiB: a 1000× bomb.
      bomb = await deflateRepeated(
        '<worksheet><sheetData>',
        ' ',
        64 << 20,
        '</sheetData></worksheet>',
      );
    });

    it('refuses a sheet that inflates past the cap although its header claims 1 KiB', async () => {
      const file = workbookAround({ data: bomb, declaredSize: 1024 });
      expect(file.length).toBeLessThan(100 * 1024);
      const error = await refusal(ingestBytes(file, 'bom.xlsx', { maxUncompressedBytes }));
      expect(error).toMatchObject({
        code: 'XLSX_TOO_LARGE_UNCOMPRESSED',
        details: { limit: maxUncompressedBytes },
      });
    });

    it('refuses the same bomb written as a streamed entry without sizes', async () => {
      const file = workbookAround({ data: bomb, declaredSize: 0, streamed: true });
      const error = await refusal(ingestBytes(file, 'bom.xlsx', { maxUncompressedBytes }));
      expect(error.code).toBe('XLSX_TOO_LARGE_UNCOMPRESSED');
    });

    it('refuses an honest declaration over the cap before inflating anything', async () => {
      // Not even deflate data: inflating it would fail as malformed instead.
      const file = workbookAround({ data: Buffer.alloc(1000, 0xff), declaredSize: 64 << 20 });
      const error = await refusal(ingestBytes(file, 'bom.xlsx', { maxUncompressedBytes }));
      expect(error.code).toBe('XLSX_TOO_LARGE_UNCOMPRESSED');
    });

    it('refuses a sheet with more cells than the cap', async () => {
      const cells = await deflateRepeated(
        '<worksheet><sheetData><row r="1">',
        '<c r="A1"><v>1</v></c>',
        200_000,
        '</row></sheetData></worksheet>',
      );
      const file = workbookAround({ data: cells, declaredSize: 0, streamed: true });
      const error = await refusal(ingestBytes(file, 'cellen.xlsx', { maxCells: 100_000 }));
      expect(error).toMatchObject({ code: 'XLSX_TOO_MANY_CELLS', details: { limit: 100_000 } });
    });
  });

  it('reads a workbook just inside both caps', async () => {
    const file = await workbook();
    // 2 cells in the first sheet, 5 × 4 + 1 in the second.
    const { profile } = await ingestBytes(file, 'cbs.xlsx', { maxCells: 23, sheet: 'Kerncijfers' });
    expect(profile.rowCount).toBe(4);
    const error = await refusal(ingestBytes(file, 'cbs.xlsx', { maxCells: 22 }));
    expect(error.code).toBe('XLSX_TOO_MANY_CELLS');
  });

  it('refuses a zip that is not a workbook', async () => {
    const error = await refusal(
      ingestBytes(Buffer.from('PK\x03\x04garbage', 'latin1'), 'kapot.xlsx'),
    );
    expect(error.code).toBe('MALFORMED_XLSX');
  });
});
