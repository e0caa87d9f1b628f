import type { WebSocket } from 'ws';

/**
 * One ping round per interval for every socket of a server (one timer, not one per socket). A
 * socket that has not answered the previous ping is terminated: its 'close' event then runs the
 * normal cleanup, so a vanished laptop does not keep its awareness entry or its room alive.
 */
export class Keepalive {
  private readonly alive = new Map<WebSocket, boolean>();
  private readonly timer: NodeJS.Timeout | null;

  constructor(intervalMs: number) {
    this.timer = intervalMs > 0 ? setInterval(() => this.round(), intervalMs) : null;
    // The host's HTTP server keeps the process alive, not the keepalive.
    this.timer?.unref();
  }

  track(socket: WebSocket): void {
    this.alive.set(socket, true);
    socket.on('pong', () => {
      if (this.alive.has(socket)) this.alive.set(socket, true);
    });
  }

  untrack(socket: WebSocket): void {
    this.alive.delete(socket);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.alive.clear();
  }

  private round(): void {
    for (const [socket, alive] of this.alive) {
      if (!alive) {
        this.alive.delete(socket);
        socket.terminate();
        continue;
      }
      this.alive.set(socket, false);
      try {
        socket.ping();
      } catch {
        // ping throws on a socket that is not open; the close event will untrack it.
      }
    }
  }
}
