import { LIMITS } from '@ketenlab/domain';
import { parseTags, tagsFit } from './tag-list';

describe('tags typed as a list', () => {
  it('splits on commas, trims, and drops empty and repeated ones', () => {
    expect(parseTags(' huur, vroeg   signaal ,, huur,')).toEqual(['huur', 'vroeg signaal']);
    expect(parseTags('')).toEqual([]);
  });

  it('keeps to the API limits', () => {
    expect(tagsFit(['huur'])).toBe(true);
    expect(tagsFit(['x'.repeat(LIMITS.hypothesisTagMax + 1)])).toBe(false);
    expect(tagsFit(Array.from({ length: LIMITS.hypothesisTagsMax + 1 }, (_, i) => `t${i}`))).toBe(
      false,
    );
  });
});
