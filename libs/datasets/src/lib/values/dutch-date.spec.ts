import { parseDutchDate } from './dutch-date';

const utc = (...parts: [number, number, number, number?, number?, number?]) =>
  Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0);

describe(parseDutchDate.name, () => {
  it.each([
    ['31-12-2024', utc(2024, 12, 31)],
    ['1-2-2024', utc(2024, 2, 1)],
    ['31/12/2024', utc(2024, 12, 31)],
    ['31-12-2024 13:45', utc(2024, 12, 31, 13, 45)],
    ['31-12-2024 9:05:10', utc(2024, 12, 31, 9, 5, 10)],
    ['2024-12-31', utc(2024, 12, 31)],
    ['2024-12-31T13:45:10', utc(2024, 12, 31, 13, 45, 10)],
    ['2024-12-31T13:45:10.250Z', utc(2024, 12, 31, 13, 45, 10)],
    ['2024-12-31T13:45:00+01:00', utc(2024, 12, 31, 12, 45)],
    ['31 december 2024', utc(2024, 12, 31)],
    ['1 Mrt 2024', utc(2024, 3, 1)],
    ['29-02-2024', utc(2024, 2, 29)],
  ])('reads %s', (text, time) => {
    expect(parseDutchDate(text)).toBe(time);
  });

  it.each([
    '31-13-2024',
    '29-02-2023',
    '32-01-2024',
    '12/31/2024',
    '2024-1-5',
    '31-12-24',
    '31-12-2024 25:00',
    '31-12-2024T13:45',
    '31 decembre 2024',
    '20241231',
    '1.234,56',
    'december 2024',
  ])('refuses %s', (text) => {
    expect(parseDutchDate(text)).toBeNaN();
  });
});
