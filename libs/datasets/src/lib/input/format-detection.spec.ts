import { detectFormat } from './format-detection';
import { assertTextual } from './text-check';

const zip = Buffer.from('PK\x03\x04rest of a zip', 'latin1');
const text = Buffer.from('a;b\n1;2\n');

describe(detectFormat.name, () => {
  it('accepts CSV and XLSX whose content agrees with the extension', () => {
    expect(detectFormat('wijken.CSV', text)).toBe('csv');
    expect(detectFormat('data.tsv', text)).toBe('csv');
    expect(detectFormat('kerncijfers.xlsx', zip)).toBe('xlsx');
  });

  it.each([
    ['rapport.pdf', text, 'UNSUPPORTED_FORMAT'],
    ['zonder-extensie', text, 'UNSUPPORTED_FORMAT'],
    ['oud.xls', text, 'UNSUPPORTED_FORMAT'],
    ['oud.xlsx', Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'UNSUPPORTED_FORMAT'],
    ['leeg.csv', Buffer.alloc(0), 'EMPTY_FILE'],
    ['werkmap.csv', zip, 'EXTENSION_MISMATCH'],
    ['tekst.xlsx', text, 'EXTENSION_MISMATCH'],
  ])('refuses %s', (name, head, code) => {
    expect(() => detectFormat(name, head)).toThrow(expect.objectContaining({ code }));
  });
});

describe(assertTextual.name, () => {
  it('accepts text with tabs and Windows line ends', () => {
    expect(() => assertTextual(Buffer.from('a\tb\r\nCaf\xe9\r\n', 'latin1'))).not.toThrow();
  });

  it('refuses bytes with NULs as binary', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(() => assertTextual(png)).toThrow(expect.objectContaining({ code: 'BINARY_CONTENT' }));
  });

  it('refuses many control characters as binary', () => {
    const bytes = Buffer.from('a;b\n'.repeat(10) + '\x01\x02\x03\x04\x05', 'latin1');
    expect(() => assertTextual(bytes)).toThrow(expect.objectContaining({ code: 'BINARY_CONTENT' }));
  });

  it('tells UTF-16 apart from binary, with and without BOM', () => {
    const utf16 = Buffer.from('naam;waarde\r\nA;1\r\n', 'utf16le');
    for (const bytes of [utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), utf16])]) {
      expect(() => assertTextual(bytes)).toThrow(
        expect.objectContaining({ code: 'UNSUPPORTED_ENCODING' }),
      );
    }
  });
});
