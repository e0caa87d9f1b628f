import { Workbook } from 'exceljs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ingestDataset } from '../lib/ingest';
import { streamOf } from '../testing/ingest-bytes';

/** The temporary files exceljs (through `tmp`) has made in this process and not removed. */
const spooled = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));

/** Zip entries in the order exceljs's reader sees them. */
function entryNames(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 3, 4])); at >= 0;) {
    const length = zip.readUInt16LE(at + 26);
    names.push(zip.subarray(at + 30, at + 30 + length).toString());
    at = zip.indexOf(Buffer.from([0x50, 0x4b, 3, 4]), at + 30);
  }
  return names;
}

describe('XLSX temporary files', () => {
  let file: Buffer;

  beforeAll(async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['wijk', 'naam']);
    for (let i = 0; i < 500; i++) sheet.addRow([`WK${i}`, `Naam ${i}`]);
    file = Buffer.from(await book.xlsx.writeBuffer());
  });

  it('uses a workbook whose worksheet precedes its shared strings, so exceljs spools it', () => {
    const names = entryNames(file);
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(
      names.indexOf('xl/sharedStrings.xml'),
    );
  });

  it('are gone after a read that stops early', async () => {
    const before = spooled();
    let rows = 0;
    const stop = new Error('genoeg');
    await expect(
      ingestDataset(streamOf(file, 4096), {
        fileName: 'wijken.xlsx',
        onRow: () => {
          if (++rows === 3) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    // tmp removes asynchronously; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spooled()).toEqual(before);
  });

  it('are gone after a read to the end', async () => {
    const before = spooled();
    const profile = await ingestDataset(streamOf(file, 4096), { fileName: 'wijken.xlsx' });
    expect(profile.rowCount).toBe(500);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spooled()).toEqual(before);
  });
});
