import { InFlight } from './in-flight';

describe(InFlight.name, () => {
  it('shares a running look-up per key and starts afresh once it settled', async () => {
    const shared = new InFlight<number>();
    let loads = 0;
    let finish!: (value: number) => void;
    const load = () => {
      loads++;
      return new Promise<number>((resolve) => (finish = resolve));
    };

    const together = [shared.run('a', load), shared.run('a', load)];
    const other = shared.run('b', () => Promise.resolve(7));
    finish(1);
    expect(await Promise.all(together)).toEqual([1, 1]);
    expect(await other).toBe(7);
    expect(loads).toBe(1);
    expect(shared.size).toBe(0);

    const later = shared.run('a', load);
    finish(2);
    expect(await later).toBe(2);
    expect(loads).toBe(2);
  });

  it('hands a failure to every caller that shared it, then forgets it', async () => {
    const shared = new InFlight<number>();
    const failing = () => Promise.reject(new Error('database gone'));
    await expect(Promise.all([shared.run('a', failing), shared.run('a', failing)])).rejects.toThrow(
      'database gone',
    );
    expect(await shared.run('a', () => Promise.resolve(3))).toBe(3);
  });
});
