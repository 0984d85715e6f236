import type { CancelTimer, Clock } from "./clock.js";

/** How often expired entries are dropped; an entry may outlive its time by up to this much, unused. */
const SWEEP_EVERY_MS = 100;

/** An entry of an ExpiryTable: its key and the clock time at which it lapses. */
export interface Expiring {
  readonly key: string;
  readonly at: number;
}

/**
 * Entries that live for one fixed duration (a transaction timer such as K or J), by key. Because
 * every entry gets the same duration, expiry order is insertion order: a queue and one sweep timer
 * serve them all, where a timer per entry would keep a Timeout object and its closures alive for
 * the whole duration. An entry past its time is never returned, whether swept yet or not.
 */
export class ExpiryTable<V extends Expiring> {
  private readonly byKey = new Map<string, V>();
  /** In insertion order; entries already swept are cleared to undefined so they can be collected. */
  private queue: (V | undefined)[] = [];
  private head = 0;
  private timer: CancelTimer | null = null;

  /** `expired`: told of each entry the sweep drops (not of those deleted or replaced). */
  constructor(
    private readonly clock: Clock,
    private readonly expired: (entry: V) => void = () => undefined,
  ) {}

  /** Files `entry` (replacing any entry under its key); its `at` must not precede earlier entries'. */
  add(entry: V): void {
    this.byKey.set(entry.key, entry);
    this.queue.push(entry);
    this.arm();
  }

  /** The live entry under `key`. */
  get(key: string): V | undefined {
    const entry = this.byKey.get(key);
    return entry !== undefined && entry.at > this.clock.now() ? entry : undefined;
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  get size(): number {
    return this.byKey.size;
  }

  clear(): void {
    this.timer?.();
    this.timer = null;
    this.byKey.clear();
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
      const entry = this.queue[this.head]!;
      this.queue[this.head++] = undefined;
      if (this.byKey.get(entry.key) !== entry) continue; // deleted or replaced meanwhile
      this.byKey.delete(entry.key);
      this.expired(entry);
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.arm();
  };
}
