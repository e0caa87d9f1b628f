import type { CollabLimits } from '../limits';
import { TokenBucket } from './token-bucket';

type RateLimits = Pick<
  CollabLimits,
  'messagesPerSecond' | 'bytesPerSecond' | 'maxFrameBytes' | 'stateRequestsPerMinute'
>;

/**
 * What one connection may send: `messagesPerSecond` and `bytesPerSecond`, each a token bucket
 * with one second of burst, charged for every frame (before authentication too); and
 * `stateRequestsPerMinute` for the requests that make the server send a whole state.
 */
export class InboundRateLimit {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly stateRequests: TokenBucket;

  constructor(limits: RateLimits) {
    this.messages = new TokenBucket(limits.messagesPerSecond);
    // Never less than one maximal frame of capacity, or such a frame could never pass.
    this.bytes = new TokenBucket(
      limits.bytesPerSecond,
      Math.max(limits.bytesPerSecond, limits.maxFrameBytes),
    );
    this.stateRequests = new TokenBucket(
      limits.stateRequestsPerMinute / 60,
      Math.max(1, limits.stateRequestsPerMinute / 6),
    );
  }

  admit(frameBytes: number): boolean {
    return this.messages.take(1) && this.bytes.take(frameBytes);
  }

  admitStateRequest(): boolean {
    return this.stateRequests.take(1);
  }
}
