import { IngestError } from '../ingest-error';
import { TextEncodingDecoder } from './text-encoding';

function decodeAll(chunks: Buffer[]): { text: string; encoding: string } {
  const decoder = new TextEncodingDecoder();
  const out = chunks.map((chunk) => decoder.decode(chunk));
  out.push(decoder.end());
  return { text: Buffer.concat(out).toString('utf8'), encoding: decoder.encoding };
}

describe(TextEncodingDecoder.name, () => {
  it('passes UTF-8 through, also when a character is cut between chunks', () => {
    const bytes = Buffer.from('Café Crème', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of é
    const result = decodeAll([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(result).toEqual({ text: 'Café Crème', encoding: 'utf-8' });
  });

  it('reads invalid UTF-8 as Windows-1252', () => {
    const result = decodeAll([Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x80])]); // Café€
    expect(result).toEqual({ text: 'Café€', encoding: 'windows-1252' });
  });

  it('switches to Windows-1252 when the first accent comes after pure ASCII chunks', () => {
    const result = decodeAll([
      Buffer.from('plaats\nUtrecht\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]),
    ]);
    expect(result).toEqual({ text: 'plaats\nUtrecht\nCafé', encoding: 'windows-1252' });
  });

  it('reads a Windows-1252 letter at the very end of an ASCII file', () => {
    const result = decodeAll([Buffer.from('plaats;naam\nUtrecht;Caf'), Buffer.from([0xe9])]);
    expect(result).toEqual({ text: 'plaats;naam\nUtrecht;Café', encoding: 'windows-1252' });
  });

  it('refuses a file that is UTF-8 at first and something else later', () => {
    const decoder = new TextEncodingDecoder();
    decoder.decode(Buffer.from('Café\n', 'utf8'));
    expect(() => decoder.decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_ENCODING' }),
    );
  });

  it('refuses UTF-8 cut off in the middle of a character at the end', () => {
    const decoder = new TextEncodingDecoder();
    decoder.decode(Buffer.from('Café Caf', 'utf8'));
    decoder.decode(Buffer.from([0xc3]));
    expect(() => decoder.end()).toThrow(IngestError);
  });
});
