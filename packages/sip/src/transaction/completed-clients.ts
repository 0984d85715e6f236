import type { CancelTimer, Clock } from "./clock.js";

/** How often expired keys are dropped; a key may outlive its Timer K by up to this much unused. */
const SWEEP_EVERY_MS = 100;

/**
 * The Completed state of the UDP non-invite client transactions (RFC 3261 17.1.2.2): for T4 after
 * its final response a transaction only absorbs retransmissions of that response. Keeping each
 * finished state machine, its closures and its Timer K for those 5 s made a fan-out of thousands of
 * NOTIFYs a second carry tens of thousands of live objects through every young-generation
 * collection; here each one is a key and a time. Timer K has one duration, so expiry order is
 * insertion order and one sweep timer serves all.
 */
export class CompletedClients {
  private readonly until = new Map<string, number>();
  private queue: { key: string; at: number }[] = [];
  private head = 0;
  private timer: CancelTimer | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly t4: number,
  ) {}

  /** Starts Timer K for the transaction with this key. */
  add(key: string): void {
    const at = this.clock.now() + this.t4;
    this.until.set(key, at);
    this.queue.push({ key, at });
    this.arm();
  }

  /** Whether a response with this key is a retransmission to absorb (Timer K still running). */
  has(key: string): boolean {
    const at = this.until.get(key);
    return at !== undefined && at > this.clock.now();
  }

  get size(): number {
    return this.until.size;
  }

  clear(): void {
    this.timer?.();
    this.timer = null;
    this.until.clear();
    this.queue = [];
    this.head = 0;
  }

  private arm(): void {
    if (this.timer !== null || this.head >= this.queue.length) return;
    const wait = Math.max(SWEEP_EVERY_MS, this.queue[this.head]!.at - this.clock.now());
    this.timer = this.clock.schedule(wait, this.sweep);
  }

  private readonly sweep = (): void => {
    this.timer = null;
    const now = this.clock.now();
    while (this.head < this.queue.length && this.queue[this.head]!.at <= now) {
      const { key, at } = this.queue[this.head++]!;
      if (this.until.get(key) === at) this.until.delete(key);
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.arm();
  };
}
