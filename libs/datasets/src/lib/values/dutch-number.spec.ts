import { parseNumber } from './dutch-number';

describe(parseNumber.name, () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1234,56', 1234.56],
    ['-0,5', -0.5],
    ['+12', 12],
    ['1.234.567', 1234567],
    ['1.234', 1234],
    ['1,234', 1.234],
    ['0', 0],
    ['007', 7],
    ['12.345.678.901.234.567,5', Number('12345678901234567.5')],
  ])('reads Dutch %s as %d', (text, value) => {
    expect(parseNumber(text, 'comma')).toBe(value);
  });

  it.each([
    ['1234.56', 1234.56],
    ['1,234.56', 1234.56],
    ['1,234', 1234],
    ['1.234', 1.234],
    ['-3.5', -3.5],
  ])('reads dot-decimal %s as %d', (text, value) => {
    expect(parseNumber(text, 'dot')).toBe(value);
  });

  it.each([
    '',
    '-',
    ',5',
    '1,',
    '1.23,4',
    '1.2345',
    '12.34.5',
    '1,2,3',
    '1 234',
    '€ 5',
    '1e5',
    'abc',
    '1.234,5,6',
  ])('refuses %j as a Dutch number', (text) => {
    expect(parseNumber(text, 'comma')).toBeNaN();
  });

  it('refuses a comma-decimal value as dot-decimal and the other way round', () => {
    expect(parseNumber('12,5', 'dot')).toBeNaN();
    expect(parseNumber('1.5', 'comma')).toBeNaN();
  });
});
