/**
 * Frames that arrive while a connection authenticates and its document loads. The stock client
 * sends sync step 1 and its awareness the moment the socket opens, so they must be kept, but
 * nothing forces an unauthenticated peer to stop there: the queue is bounded in count and bytes
 * and a push beyond either bound fails (the connection then closes with 1008).
 */
export class PreAuthQueue {
  private frames: Uint8Array[] = [];
  private bytes = 0;

  constructor(
    private readonly maxFrames: number,
    private readonly maxBytes: number,
  ) {}

  push(frame: Uint8Array): boolean {
    if (this.frames.length + 1 > this.maxFrames || this.bytes + frame.length > this.maxBytes) {
      return false;
    }
    this.frames.push(frame);
    this.bytes += frame.length;
    return true;
  }

  /** Hands over everything queued, oldest first, and empties the queue. */
  drain(): Uint8Array[] {
    const frames = this.frames;
    this.frames = [];
    this.bytes = 0;
    return frames;
  }
}
