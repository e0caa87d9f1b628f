import { TokenBucket } from './token-bucket';

describe(TokenBucket.name, () => {
  it('allows a burst of one second, then the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 10, () => now);
    for (let i = 0; i < 10; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    for (let i = 0; i < 10; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('takes nothing when a take fails', () => {
    let now = 0;
    const bucket = new TokenBucket(100, 100, () => now);
    expect(bucket.take(150)).toBe(false);
    expect(bucket.take(100)).toBe(true);
    now += 500;
    expect(bucket.take(60)).toBe(false);
    expect(bucket.take(50)).toBe(true);
  });
});
