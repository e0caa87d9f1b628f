import { AwarenessCoalescer } from './awareness-coalescer';

describe(AwarenessCoalescer.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the first change on the next tick and merges the rest per interval', async () => {
    const flushes: number[][] = [];
    const coalescer = new AwarenessCoalescer(50, (ids) => flushes.push(ids));
    coalescer.add([1]);
    coalescer.add([2]);
    await jest.advanceTimersByTimeAsync(0);
    expect(flushes).toEqual([[1, 2]]);

    for (let i = 0; i < 10; i++) coalescer.add([3, 1]);
    await jest.advanceTimersByTimeAsync(49);
    expect(flushes).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(flushes).toEqual([
      [1, 2],
      [3, 1],
    ]);
    coalescer.dispose();
  });
});
