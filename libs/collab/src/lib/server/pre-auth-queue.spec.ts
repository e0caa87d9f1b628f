import { PreAuthQueue } from './pre-auth-queue';

describe(PreAuthQueue.name, () => {
  it('bounds the number of frames', () => {
    const queue = new PreAuthQueue(2, 1_000);
    expect(queue.push(new Uint8Array(1))).toBe(true);
    expect(queue.push(new Uint8Array(1))).toBe(true);
    expect(queue.push(new Uint8Array(1))).toBe(false);
  });

  it('bounds the bytes and hands frames over in order', () => {
    const queue = new PreAuthQueue(10, 5);
    expect(queue.push(new Uint8Array([1, 1, 1]))).toBe(true);
    expect(queue.push(new Uint8Array([2, 2, 2]))).toBe(false);
    expect(queue.push(new Uint8Array([3, 3]))).toBe(true);
    expect(queue.drain()).toEqual([new Uint8Array([1, 1, 1]), new Uint8Array([3, 3])]);
    expect(queue.drain()).toEqual([]);
    expect(queue.push(new Uint8Array([4, 4, 4, 4, 4]))).toBe(true);
  });
});
