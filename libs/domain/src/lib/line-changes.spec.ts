import { lineChanges } from './line-changes';

describe('line changes', () => {
  it('is empty for equal texts', () => {
    expect(lineChanges('a\nb', 'a\nb')).toEqual([]);
  });

  it('shows inserted, deleted and replaced lines in reading order', () => {
    expect(lineChanges('a\nb\nc\nd', 'a\nx\nc\nd\ne')).toEqual([
      { change: 'removed', text: 'b' },
      { change: 'added', text: 'x' },
      { change: 'added', text: 'e' },
    ]);
    expect(lineChanges('', 'a')).toEqual([{ change: 'added', text: 'a' }]);
    expect(lineChanges('a', '')).toEqual([{ change: 'removed', text: 'a' }]);
  });

  it('falls back to everything removed and added beyond its table limit', () => {
    expect(lineChanges('a\nb', 'c\nd', 4)).toEqual([
      { change: 'removed', text: 'a' },
      { change: 'removed', text: 'b' },
      { change: 'added', text: 'c' },
      { change: 'added', text: 'd' },
    ]);
  });
});
