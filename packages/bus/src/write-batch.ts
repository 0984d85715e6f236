// nats.js writes what was published to the socket once per microtask checkpoint. Replies and
// requests made in separate I/O callbacks (one per SIP datagram, one per Redis reply) each became a
// socket write of their own; queued here and sent together once per event-loop turn, they leave
// in one write.
//
// A linger goes further, across turns: sends queued within `lingerMs` of the first leave together,
// so the processes that receive them wake once for several (each wake-up of a process costs tens
// of microseconds of CPU on a virtual machine, more than handling a small message). It holds only
// while the batch is busy enough for a hold to gather at least two sends on average; a quiet
// process keeps sending at the end of each turn.

/** Length of the window the send rate is counted over. */
const RATE_WINDOW_MS = 1000;

export interface WriteBatchOptions {
  /** Hold sends up to this long to gather them (0, the default: only those of one turn). */
  lingerMs?: number;
  /** Clock in ms, for tests. */
  now?: () => number;
}

/** Runs queued sends together after the current I/O callbacks (setImmediate), or after a linger under load. */
export class WriteBatch {
  private queue: Array<() => void> = [];
  private scheduled = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly lingerMs: number;
  private readonly now: () => number;
  private windowStart: number;
  private windowCount = 0;
  private lastWindowCount = 0;

  constructor(opts: WriteBatchOptions = {}) {
    this.lingerMs = Math.max(0, opts.lingerMs ?? 0);
    this.now = opts.now ?? Date.now;
    this.windowStart = this.now();
  }

  /** `send` runs later; it must handle its own errors. */
  add(send: () => void): void {
    this.queue.push(send);
    const lingering = this.lingerMs > 0 && this.count();
    if (!this.scheduled) {
      this.scheduled = true;
      if (lingering) this.timer = setTimeout(this.flush, this.lingerMs);
      else setImmediate(this.flush);
    }
  }

  /** Sends still queued. */
  get size(): number {
    return this.queue.length;
  }

  /**
   * Whether sends now wait for the linger: the last full window held at least one send per linger,
   * so a hold gathers its first send and on average at least one more.
   */
  get lingering(): boolean {
    return this.lingerMs > 0 && this.lastWindowCount * this.lingerMs >= RATE_WINDOW_MS;
  }

  /** Sends what is queued now (before a close, say); a pending linger ends with it. */
  readonly flush = (): void => {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.scheduled = false;
    const queue = this.queue;
    this.queue = [];
    for (const send of queue) send();
  };

  /** Counts a send into the rate window; true when this send should wait for the linger. */
  private count(): boolean {
    const t = this.now();
    const elapsed = t - this.windowStart;
    if (elapsed >= RATE_WINDOW_MS) {
      // A window with no sends in between means the rate fell to nothing.
      this.lastWindowCount = elapsed < 2 * RATE_WINDOW_MS ? this.windowCount : 0;
      this.windowCount = 0;
      this.windowStart = t;
    }
    this.windowCount++;
    return this.lingering;
  }
}
