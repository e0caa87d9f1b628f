import { parseBoolean } from './dutch-boolean';

describe(parseBoolean.name, () => {
  it.each([
    ['ja', true],
    ['JA', true],
    ['J', true],
    ['Waar', true],
    ['true', true],
    ['nee', false],
    ['N', false],
    ['onwaar', false],
    ['FALSE', false],
  ])('reads %s as %s', (text, value) => {
    expect(parseBoolean(text)).toBe(value);
  });

  it.each(['1', '0', 'jazeker', 'x', '', 'Nijmegen'])('leaves %j alone', (text) => {
    expect(parseBoolean(text)).toBeUndefined();
  });
});
