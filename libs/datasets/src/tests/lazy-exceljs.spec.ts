import type * as ExcelJS from 'exceljs';
import { ingestDataset } from '../lib/ingest';
import { streamOf } from '../testing/ingest-bytes';

/** Counts loads of exceljs by this file's module registry (on globalThis: the mock is hoisted). */
const loads = () => (globalThis as { exceljsLoads?: number }).exceljsLoads ?? 0;
jest.mock('exceljs', () => {
  const counter = globalThis as { exceljsLoads?: number };
  counter.exceljsLoads = (counter.exceljsLoads ?? 0) + 1;
  return jest.requireActual('exceljs');
});

describe('exceljs', () => {
  it('is not loaded to read a CSV, and is loaded for the first XLSX', async () => {
    const csv = await ingestDataset(streamOf(Buffer.from('a;b\n1;2\n')), { fileName: 'a.csv' });
    expect(csv.rowCount).toBe(1);
    expect(loads()).toBe(0);

    const { Workbook } = jest.requireActual<typeof ExcelJS>('exceljs');
    const book = new Workbook();
    book.addWorksheet('Blad1').addRows([
      ['a', 'b'],
      [1, 2],
    ]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const profile = await ingestDataset(streamOf(xlsx), { fileName: 'a.xlsx' });
    expect(profile.rowCount).toBe(1);
    expect(loads()).toBe(1);
  });
});
