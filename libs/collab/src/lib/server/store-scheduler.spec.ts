import { silentLogger } from '../logger';
import { StoreScheduler } from './store-scheduler';

const options = { debounceMs: 100, maxDebounceMs: 500, retryInitialMs: 1_000, retryMaxMs: 4_000 };

describe(StoreScheduler.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('debounces changes, but stores at least every maxDebounceMs', async () => {
    const store = jest.fn(async () => undefined);
    const scheduler = new StoreScheduler(store, options, silentLogger, {});
    for (let i = 0; i < 12; i++) {
      scheduler.markDirty();
      await jest.advanceTimersByTimeAsync(50);
    }
    // 600 ms of changes every 50 ms: the 500 ms bound fired once, then quiet time once.
    await jest.advanceTimersByTimeAsync(100);
    expect(store).toHaveBeenCalledTimes(2);
    expect(scheduler.isDirty).toBe(false);
  });

  it('does nothing when nothing changed', async () => {
    const store = jest.fn(async () => undefined);
    const scheduler = new StoreScheduler(store, options, silentLogger, {});
    await scheduler.flush();
    expect(store).not.toHaveBeenCalled();
  });

  it('retries with exponential backoff and stays dirty until a store succeeds', async () => {
    const attempts: number[] = [];
    const store = jest.fn(async () => {
      attempts.push(Date.now());
      if (attempts.length <= 3) throw new Error('down');
    });
    const scheduler = new StoreScheduler(store, options, silentLogger, {});
    const clean = jest.fn();
    scheduler.onClean = clean;
    scheduler.markDirty();
    await jest.advanceTimersByTimeAsync(100 + 1_000 + 2_000 + 4_000);
    expect(attempts.map((at) => at - attempts[0])).toEqual([0, 1_000, 3_000, 7_000]);
    expect(scheduler.isDirty).toBe(false);
    expect(clean).toHaveBeenCalledTimes(1);
  });

  it('serializes stores and stores again for changes made during a store', async () => {
    let running = 0;
    let maxRunning = 0;
    const store = jest.fn(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 300));
      running--;
    });
    const scheduler = new StoreScheduler(store, options, silentLogger, {});
    scheduler.markDirty();
    const first = scheduler.flush();
    await jest.advanceTimersByTimeAsync(10);
    expect(running).toBe(1);
    scheduler.markDirty();
    const second = scheduler.flush();
    await jest.advanceTimersByTimeAsync(1_000);
    await Promise.all([first, second]);
    expect(store).toHaveBeenCalledTimes(2);
    expect(maxRunning).toBe(1);
    expect(scheduler.isDirty).toBe(false);
  });
});
