import { DEFAULT_LIMITS, resolveSettings } from './limits';

describe(resolveSettings.name, () => {
  it('merges overrides over the defaults', () => {
    expect(resolveSettings(DEFAULT_LIMITS, { messagesPerSecond: 5 })).toEqual({
      ...DEFAULT_LIMITS,
      messagesPerSecond: 5,
    });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s, which would disable a bound',
    (value) => {
      expect(() => resolveSettings(DEFAULT_LIMITS, { maxFrameBytes: value })).toThrow(
        'maxFrameBytes',
      );
    },
  );
});
