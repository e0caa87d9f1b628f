import { Readable } from 'node:stream';
import { ingestDataset } from '../lib/ingest';
import { IngestError } from '../lib/ingest-error';
import { fixture, ingestBytes } from '../testing/ingest-bytes';

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('bad input', () => {
  it('refuses an empty file', async () => {
    const error = await refusal(ingestBytes(fixture('empty.csv'), 'leeg.csv'));
    expect(error.code).toBe('EMPTY_FILE');
  });

  it('refuses a file of blank lines and a BOM as empty', async () => {
    const error = await refusal(ingestBytes(Buffer.from('\ufeff\r\n\r\n'), 'leeg.csv'));
    expect(error).toMatchObject({ code: 'EMPTY_FILE', message: 'The file contains no data.' });
  });

  it('refuses a header without rows', async () => {
    const error = await refusal(ingestBytes(fixture('header-only.csv'), 'kop.csv'));
    expect(error).toMatchObject({ code: 'EMPTY_FILE', message: expect.stringContaining('header') });
  });

  it('refuses ragged rows, naming the line', async () => {
    const error = await refusal(ingestBytes(fixture('ragged.csv'), 'rafelig.csv'));
    expect(error).toMatchObject({ code: 'RAGGED_ROWS', details: { line: 3 } });
    expect(error.message).toMatch(/^Line 3 /);
  });

  it('refuses binary data named .csv', async () => {
    const png = Buffer.concat([
      Buffer.from('89504e470d0a1a0a0000000d494844520000', 'hex'),
      Buffer.alloc(200, 0x41),
    ]);
    const error = await refusal(ingestBytes(png, 'foto.csv'));
    expect(error.code).toBe('BINARY_CONTENT');
  });

  it('refuses UTF-16 with a message that says how to save the file', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('a;b\r\n1;2\r\n', 'utf16le'),
    ]);
    const error = await refusal(ingestBytes(utf16, 'unicode.csv'));
    expect(error).toMatchObject({
      code: 'UNSUPPORTED_ENCODING',
      message: expect.stringContaining('CSV UTF-8'),
    });
  });

  it('refuses an extension it cannot read', async () => {
    const error = await refusal(ingestBytes(Buffer.from('a;b\n1;2\n'), 'notities.docx'));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a quote that is never closed instead of reading the rest as one value', async () => {
    const text = 'a;b\n1;"open\n' + '2;3\n'.repeat(300_000);
    const error = await refusal(ingestBytes(Buffer.from(text), 'quote.csv'));
    expect(error).toMatchObject({ code: 'MALFORMED_CSV' });
  });

  it('stops reading as soon as a file passes the size limit, and closes the input', async () => {
    const maxBytes = 1024 * 1024;
    const chunk = Buffer.from('BU03630101;Kop Zeedijk;1.240;12,5\n'.repeat(500)); // ~17 KB
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += chunk.length;
        this.push(chunk);
      },
    });
    const error = await refusal(ingestDataset(endless, { fileName: 'groot.csv', maxBytes }));
    expect(error).toMatchObject({ code: 'TOO_LARGE', details: { limit: maxBytes } });
    expect(error.message).toContain('1 MiB');
    // Read ahead is bounded by the stream buffers, not by the file.
    expect(produced).toBeLessThan(maxBytes + 256 * 1024);
    expect(endless.destroyed).toBe(true);
  });
});
