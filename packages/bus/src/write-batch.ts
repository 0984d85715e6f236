// nats.js writes what was published to the socket once per microtask checkpoint. Replies and
// requests made in separate I/O callbacks (one per SIP datagram, one per Redis reply) each became a
// socket write of their own; queued here and sent together once per event-loop turn, they leave
// in one write.
//
// A linger goes further for requests, across turns: under load those queued within `lingerMs` of
// the first leave together, so the processes that receive them wake once for several (a wake-up
// costs up to about 100 us of CPU on a virtual machine, more than handling a small message).
// Replies and acks never wait for it (a requester, and for the notifier its dialog locks, wait on
// them); held requests leave with them when they go first. The linger holds only while the batch
// is busy enough for a hold to gather at least two sends on average; a quiet process keeps sending
// at the end of each turn.

/** Length of the window the send rate is counted over. */
const RATE_WINDOW_MS = 1000;

export interface WriteBatchOptions {
  /** Hold requests up to this long to gather them (0, the default: only those of one turn). */
  lingerMs?: number;
  /** Called for each request that waits for the linger. */
  onHold?: () => void;
  /** Clock in ms, for tests. */
  now?: () => number;
}

/**
 * Runs queued sends together, in the order queued, after the current I/O callbacks (setImmediate);
 * those queued by hold() under load after a linger, or with the first send that goes sooner.
 */
export class WriteBatch {
  private queue: Array<() => void> = [];
  private immediate = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly lingerMs: number;
  private readonly now: () => number;
  private readonly onHold: (() => void) | undefined;
  private windowStart: number;
  private windowCount = 0;
  private lastWindowCount = 0;

  constructor(opts: WriteBatchOptions = {}) {
    this.lingerMs = Math.max(0, opts.lingerMs ?? 0);
    this.now = opts.now ?? Date.now;
    this.onHold = opts.onHold;
    this.windowStart = this.now();
  }

  /** `send` runs at the end of the turn; it must handle its own errors. */
  add(send: () => void): void {
    this.queue.push(send);
    this.count();
    this.soon();
  }

  /** `send` (a request) may wait for the linger under load; it must handle its own errors. */
  hold(send: () => void): void {
    this.queue.push(send);
    this.count();
    if (!this.lingering || this.immediate) {
      this.soon();
      return;
    }
    this.onHold?.();
    if (!this.timer) this.timer = setTimeout(this.flush, this.lingerMs);
  }

  /** Sends still queued. */
  get size(): number {
    return this.queue.length;
  }

  /**
   * Whether requests now wait for the linger: the last full window held at least one send per
   * linger, so a hold gathers its first send and on average at least one more.
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
    this.immediate = false;
    const queue = this.queue;
    this.queue = [];
    for (const send of queue) send();
  };

  private soon(): void {
    if (this.immediate) return;
    this.immediate = true;
    setImmediate(this.flush);
  }

  /** Counts a send into the rate window (only a batch with a linger needs the rate). */
  private count(): void {
    if (this.lingerMs === 0) return;
    const t = this.now();
    const elapsed = t - this.windowStart;
    if (elapsed >= RATE_WINDOW_MS) {
      // A window with no sends in between means the rate fell to nothing.
      this.lastWindowCount = elapsed < 2 * RATE_WINDOW_MS ? this.windowCount : 0;
      this.windowCount = 0;
      this.windowStart = t;
    }
    this.windowCount++;
  }
}
